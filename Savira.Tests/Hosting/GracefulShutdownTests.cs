using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Dapper;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Savira.Tests.Support;

namespace Savira.Tests.Hosting;

/// <summary>
/// SIGTERM (systemd's stop, `docker stop`) while citizens are writing: the host stops taking connections, answers
/// what it has taken, commits, and exits 0 — no 5xx, and no 200 whose reply is not in the database.
/// </summary>
public sealed class GracefulShutdownTests
{
    const string Nop = "33.74.050.003.001-0042.0";
    const string SlowerNop = "33.74.050.003.001-0043.0";
    const int ShutdownTimeoutSeconds = 15;

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    sealed record Outcome(string MessageSid, HttpStatusCode? Status, IReadOnlyList<string> Reply, string? Failure);

    [Fact]
    public async Task UnderLoadEveryAnsweredMessageIsCommittedAndTheHostExitsCleanly()
    {
        // A tax office that takes 1.5 s (9 s for one NOP): the PBB lookups below are surely inside the host when the
        // signal comes, and the slower one outlasts every request Kestrel still has.
        await using var remote = await FakeCitySystem.StartAsync(Cancel);
        remote.Respond = async context =>
        {
            var nop = context.Request.Path.Value![^18..];
            await Task.Delay(TimeSpan.FromSeconds(nop.EndsWith("0430", StringComparison.Ordinal) ? 9 : 1.5), context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                $$"""
                {"nop":"{{nop}}","ownerName":"Wahyuningsih","address":"Jl. Bulustalan III No. 5","kelurahan":"Bulustalan",
                 "kecamatan":"Semarang Selatan","landArea":84,"buildingArea":60,
                 "bills":[{"year":2026,"amount":365000,"dueDate":"2026-08-31","paidOn":null}]}
                """, context.RequestAborted);
        };
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "savira.db");
        await using var bot = await BotServer.StartAsync(database, new Dictionary<string, string>
        {
            ["Savira__Pbb__Source"] = "Remote",
            ["Savira__Pbb__Remote__BaseUrl"] = remote.BaseUrl.ToString(),
            ["Savira__Pbb__Remote__HedgeAfterSeconds"] = "11",
            ["Savira__Pbb__Remote__TotalTimeoutSeconds"] = "12",
        }, [$"--shutdownTimeoutSeconds={ShutdownTimeoutSeconds}"], Cancel);
        using var http = new HttpClient { BaseAddress = bot.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };

        var outcomes = new ConcurrentBag<Outcome>();
        var signalled = 0;
        var senders = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var from = $"whatsapp:+62813{i:D8}";
            string[] messages = ["halo", "menu", "cek tagihan pdam 01230045", "jadwal dokter anak hari kamis", "terima kasih"];
            for (var n = 0; ; n++)
            {
                var outcome = await SendAsync(http, messages[n % messages.Length], from);
                outcomes.Add(outcome);
                if (outcome.Status is null && Volatile.Read(ref signalled) == 1)
                    return; // refused: the host has stopped listening
                if (outcome.Status is null)
                    Assert.Fail($"Refused before the signal: {outcome.Failure}");
            }
        }, Cancel)).ToList();
        var lookups = Enumerable.Range(0, 4).Select(i => SendAsync(http, "cek pbb " + Nop, $"whatsapp:+62814{i:D8}")).ToList();
        // Twilio gives up on a webhook after 15 s; the message it hung up on is still answered and committed.
        using var hangUp = new CancellationTokenSource();
        var abandoned = SaviraApp.WhatsAppForm("cek pbb " + SlowerNop, "whatsapp:+6281500000000");
        var abandonedRequest = SendAsync(http, abandoned, hangUp.Token);

        await Eventually.TrueAsync(() => remote.Requests >= 5 && outcomes.Count >= 200, "five PBB lookups in flight under load");
        await hangUp.CancelAsync();
        Assert.Null((await abandonedRequest).Status);
        Volatile.Write(ref signalled, 1);
        await bot.SignalAsync("TERM");
        var exitCode = await bot.WaitForExitAsync(TimeSpan.FromSeconds(ShutdownTimeoutSeconds + 10), Cancel);
        await Task.WhenAll(senders);
        var inFlight = await Task.WhenAll(lookups);

        Assert.True(exitCode == 0, $"exit code {exitCode?.ToString(CultureInfo.InvariantCulture) ?? "none: still running"}\n{bot.Output}{bot.Error}");
        Assert.False((bot.Output + bot.Error).Contains("fail:", StringComparison.Ordinal), bot.Output + bot.Error);
        Assert.All(inFlight, lookup =>
        {
            Assert.Equal(HttpStatusCode.OK, lookup.Status);
            Assert.Contains("Bulustalan", string.Join('\n', lookup.Reply), StringComparison.Ordinal);
        });
        var all = outcomes.Concat(inFlight).ToList();
        Assert.All(all, outcome => Assert.True(outcome.Status is null or HttpStatusCode.OK, $"{outcome.MessageSid}: {outcome.Status}"));
        var answered = all.Where(outcome => outcome.Status == HttpStatusCode.OK).ToList();
        Assert.True(answered.Count >= 204);

        using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        connection.Open();
        var committed = connection.Query<(string Sid, string Body)>(
                "SELECT m.message_id, o.body FROM inbound_messages m JOIN outbound_messages o ON o.inbound_id = m.id ORDER BY m.id, o.sequence")
            .GroupBy(row => row.Sid, row => row.Body)
            .ToDictionary(group => group.Key, group => group.ToList());
        Assert.All(answered, outcome =>
        {
            Assert.True(committed.TryGetValue(outcome.MessageSid, out var stored), $"{outcome.MessageSid} was answered but not committed");
            Assert.Equal(outcome.Reply, stored);
        });
        Assert.Contains("Bulustalan", string.Join('\n', committed[abandoned["MessageSid"]]), StringComparison.Ordinal);
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    static Task<Outcome> SendAsync(HttpClient http, string body, string from) => SendAsync(http, SaviraApp.WhatsAppForm(body, from), Cancel);

    static async Task<Outcome> SendAsync(HttpClient http, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SaviraApp.WebhookPath) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(SaviraApp.AuthToken, SaviraApp.PublicBaseUrl + SaviraApp.WebhookPath, form));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return new Outcome(form["MessageSid"], response.StatusCode, response.IsSuccessStatusCode ? Twiml.Messages(text) : [], text);
        }
        catch (HttpRequestException exception) // refused, or a kept-alive connection closed before the request was read
        {
            return new Outcome(form["MessageSid"], null, [], exception.Message);
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested && !Cancel.IsCancellationRequested)
        {
            return new Outcome(form["MessageSid"], null, [], exception.Message); // the caller hung up
        }
    }
}
