using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Replies;
using Savira.Core.Services.Puskesmas;
using Savira.Tests.Support;
using static Savira.Tests.Services.Puskesmas.PuskesmasKit;

namespace Savira.Tests.Services.Puskesmas;

/// <summary>
/// A clinic's counters (loket) calling from one queue through the staff API: call next, recall, finish, skip; the
/// called citizen told on WhatsApp once per call; a retried request acting once; refusals that change nothing.
/// </summary>
public sealed class PuskesmasCounterTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Umum = "/admin/api/puskesmas/halmahera/clinics/umum";

    [Fact]
    public async Task TwoHundredConcurrentCallsFromTwoCountersCallEveryNumberOnceInOrder()
    {
        await using var app = new SaviraApp(Settings());
        app.SetQuota("halmahera", "umum", 500);
        await TakeAsync(app, 200);
        var client = await StaffClientAsync(app, "loket-halmahera", "halmahera");

        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            using var response = await client.PostAsync($"{Umum}/call-next?counter={1 + i % 2}", null, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("number").GetInt64();
        }, Cancel)));
        clock.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"200 concurrent call-next from two counters: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(Enumerable.Range(1, 200).Select(n => (long)n), answers.Order());
        using var connection = app.OpenDatabase();
        Assert.Equal(200, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM queue_events WHERE action = 'call_next'"));
        Assert.Equal(200, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT number) FROM queue_events WHERE action = 'call_next'"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM queue_tickets WHERE status = 'waiting' OR calls <> 1"));
        Assert.Equal([1L, 2L], connection.Query<long>("SELECT counter FROM queue_tickets WHERE status = 'called' ORDER BY counter")); // one patient per counter
        Assert.Equal(200, connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT dedupe_key) FROM outbox WHERE dedupe_key LIKE 'queue-call:%'"));
    }

    [Fact]
    public async Task TheCalledCitizenGetsTheCallOnWhatsAppAndARecallSendsItAgain()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new SaviraApp(Settings(twilio.Settings()));
        await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(1));

        (await app.StaffAsync(HttpMethod.Post, $"{Umum}/call-next?counter=2")).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(() => twilio.To(Citizen(1)).Count == 1, "the call message to reach Twilio");
        (await app.StaffAsync(HttpMethod.Post, $"{Umum}/recall?counter=2")).EnsureSuccessStatusCode();
        await Eventually.TrueAsync(() => twilio.To(Citizen(1)).Count == 2, "the recall message to reach Twilio");

        var messages = twilio.To(Citizen(1));
        Assert.StartsWith("📣 Nomor antrean *U-001* Anda dipanggil di Poli Umum Puskesmas Halmahera, *loket 2*.", messages[0].Body, StringComparison.Ordinal);
        Assert.StartsWith("📣 *Panggilan ulang:* nomor antrean *U-001* Anda dipanggil lagi", messages[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideTheWindowTheCallGoesAsTheNoticeTemplate()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new SaviraApp(Settings(twilio.Settings(templateSid: "HX0123456789abcdef0123456789abcdef")));
        await TakeAsync(app, 1); // at the kiosk: never wrote to the bot

        (await app.StaffAsync(HttpMethod.Post, $"{Umum}/call-next")).EnsureSuccessStatusCode();

        await Eventually.TrueAsync(() => twilio.To(Citizen(1)).Count == 1, "the call to reach Twilio");
        var sent = Assert.Single(twilio.To(Citizen(1)));
        Assert.Null(sent.Body);
        Assert.Contains("nomor antrean U-001 (Poli Umum) sedang dipanggil", sent.ContentVariables, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARetriedRequestWithTheSameIdempotencyKeyCallsAndMessagesOnce()
    {
        await using var app = new SaviraApp(Settings());
        await TakeAsync(app, 3);

        using var first = await SendAsync(app, $"{Umum}/call-next", "kunci-1");
        using var retry = await SendAsync(app, $"{Umum}/call-next", "kunci-1");
        using var recall = await SendAsync(app, $"{Umum}/recall", "kunci-2");
        using var recallRetry = await SendAsync(app, $"{Umum}/recall", "kunci-2");

        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await retry.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.OK, recallRetry.StatusCode);
        using var connection = app.OpenDatabase();
        Assert.Equal(["called", "waiting", "waiting"], connection.Query<string>("SELECT status FROM queue_tickets ORDER BY number"));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT calls FROM queue_tickets WHERE number = 1"));
        Assert.Equal(["queue-call:1:1", "queue-call:1:2"], connection.Query<string>("SELECT dedupe_key FROM outbox WHERE dedupe_key LIKE 'queue-call:%' ORDER BY id"));
    }

    [Fact]
    public async Task FinishEndsOnlyThisCountersPatientAndCallsNobody()
    {
        await using var app = new SaviraApp(Settings());
        await TakeAsync(app, 3);
        (await app.StaffAsync(HttpMethod.Post, $"{Umum}/call-next?counter=1")).EnsureSuccessStatusCode();
        (await app.StaffAsync(HttpMethod.Post, $"{Umum}/call-next?counter=2")).EnsureSuccessStatusCode();

        using var finish = await app.StaffAsync(HttpMethod.Post, $"{Umum}/finish?counter=1");
        using var again = await app.StaffAsync(HttpMethod.Post, $"{Umum}/finish?counter=1");
        using var recall = await app.StaffAsync(HttpMethod.Post, $"{Umum}/recall?counter=1");

        Assert.Equal(HttpStatusCode.OK, finish.StatusCode);
        Assert.Equal("served", (await finish.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, recall.StatusCode);
        using var connection = app.OpenDatabase();
        Assert.Equal(["served", "called", "waiting"], connection.Query<string>("SELECT status FROM queue_tickets ORDER BY number"));
    }

    [Fact]
    public async Task CallingAnEmptyQueueOrAPausedClinicIsRefusedAndChangesNothing()
    {
        await using var app = new SaviraApp(Settings());
        await TakeAsync(app, 1);
        (await app.StaffAsync(HttpMethod.Post, $"{Umum}/call-next")).EnsureSuccessStatusCode();
        var before = app.RowCounts();

        using var empty = await app.StaffAsync(HttpMethod.Post, $"{Umum}/call-next");

        Assert.Equal(HttpStatusCode.Conflict, empty.StatusCode);
        Assert.Equal(before, app.RowCounts());
        Assert.Equal(["called"], Statuses(app)); // the patient at the counter is not finished by a call that found nobody

        await TakeAsync(app, 2); // U-002 waits
        (await app.StaffAsync(HttpMethod.Post, $"{Umum}/pause")).EnsureSuccessStatusCode();
        var paused = app.RowCounts();
        using var onPause = await app.StaffAsync(HttpMethod.Post, $"{Umum}/call-next");
        using var badCounter = await app.StaffAsync(HttpMethod.Post, $"{Umum}/call-next?counter=10");
        using var unknownClinic = await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/jantung/recall");

        Assert.Equal(HttpStatusCode.Conflict, onPause.StatusCode);
        Assert.Contains("paused", await onPause.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badCounter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownClinic.StatusCode);
        Assert.Equal(paused, app.RowCounts());
        Assert.Equal(["called", "waiting"], Statuses(app));
    }

    [Fact]
    public async Task EachActionIsAuditedWithTheNumberServedBeforeAndAfter()
    {
        await using var app = new SaviraApp(Settings());
        await TakeAsync(app, 2);
        var client = await StaffClientAsync(app, "loket-halmahera", "halmahera");

        (await client.PostAsync($"{Umum}/call-next", null, Cancel)).EnsureSuccessStatusCode();
        (await client.PostAsync($"{Umum}/call-next", null, Cancel)).EnsureSuccessStatusCode();

        using var connection = app.OpenDatabase();
        var detail = connection.QuerySingle<string>("SELECT detail FROM audit_log WHERE actor = 'loket-halmahera' ORDER BY id DESC LIMIT 1");
        var change = JsonDocument.Parse(detail).RootElement.GetProperty("changes")[0];
        Assert.Equal("antrean halmahera/umum loket 1", change.GetProperty("subject").GetString());
        Assert.Equal("U-001", change.GetProperty("before").GetProperty("serving").GetString());
        Assert.Equal("U-002", change.GetProperty("after").GetProperty("serving").GetString());
    }

    [Fact]
    public async Task AnotherPuskesmasAccountCannotRecallOrFinishHere()
    {
        await using var app = new SaviraApp(Settings());
        var client = await StaffClientAsync(app, "loket-miroto", "miroto");

        using var recall = await client.PostAsync($"{Umum}/recall", null, Cancel);
        using var finish = await client.PostAsync($"{Umum}/finish", null, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, recall.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, finish.StatusCode);
    }

    /// <summary>Numbers 1..count of Poli Umum, taken through the store (as the kiosk does).</summary>
    internal static async Task TakeAsync(SaviraApp app, int count)
    {
        var queues = app.Get<PuskesmasQueues>();
        var now = app.Clock.GetUtcNow();
        await Task.WhenAll(Enumerable.Range(1, count).Select(i =>
            queues.TakeAsync("halmahera", "umum", Wib.Today(now), Citizen(i), "whatsapp", now, Effects.NewKey(), Cancel)));
    }

    internal static async Task<HttpClient> StaffClientAsync(SaviraApp app, string name, string puskesmas)
    {
        var token = await app.IssueTokenAsync(await app.AddAccountAsync(name, StaffRole.Puskesmas, Cancel, scope: puskesmas), Cancel);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    static List<string> Statuses(SaviraApp app)
    {
        using var connection = app.OpenDatabase();
        return [.. connection.Query<string>("SELECT status FROM queue_tickets ORDER BY number")];
    }

    static Task<HttpResponseMessage> SendAsync(SaviraApp app, string path, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add("X-Api-Key", HalmaheraKey);
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return app.CreateClient().SendAsync(request, Cancel);
    }
}
