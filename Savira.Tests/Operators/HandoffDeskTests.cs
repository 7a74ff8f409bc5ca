using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Operators;

/// <summary>
/// The whole handoff loop over the JSON API on the real host: signed webhooks from the citizen, officers' calls to
/// /admin/api/handoffs, and the fake Twilio on loopback receiving what reaches the citizen.
/// </summary>
public sealed class HandoffDeskTests
{
    const string TemplateSid = "HX0123456789abcdef0123456789abcdef";
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static SaviraApp NewApp(FakeTwilio twilio, string? templateSid = TemplateSid, string environment = "Testing")
    {
        var settings = twilio.Settings(templateSid: templateSid);
        settings["Savira:Admin:ApiKey"] = ServiceChat.AdminKey;
        return new SaviraApp(settings, environment: environment);
    }

    /// <summary>An officer's own account and API token, as the console's users will have.</summary>
    static async Task<HttpClient> OfficerAsync(SaviraApp app, string name, string? scope = null)
    {
        var token = await app.IssueTokenAsync(await app.AddAccountAsync(name, Savira.Bot.Operators.Accounts.StaffRole.Officer, Cancel, scope), Cancel);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    static async Task<long> WaitingIdAsync(HttpClient officer)
    {
        using var list = JsonDocument.Parse(await officer.GetStringAsync("/admin/api/handoffs", Cancel));
        return Assert.Single(list.RootElement.EnumerateArray().ToList()).GetProperty("id").GetInt64();
    }

    static Task<HttpResponseMessage> SayAsync(HttpClient officer, long id, string text, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/api/handoffs/{id}/messages") { Content = JsonContent.Create(new { text }) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return officer.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task AnOfficerClaimsRepliesAndTheCitizensNextMessageReachesTheOfficerUntilSelesai()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio);
        using var budi = await OfficerAsync(app, "budi");

        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var whileWaiting = await app.ChatAsync("menu", Cancel);
        var id = await WaitingIdAsync(budi);
        using var claim = await budi.PostAsync($"/admin/api/handoffs/{id}/claim", null, Cancel);
        using var reply = await SayAsync(budi, id, "Selamat pagi, saya Budi dari Diskominfo. Ada yang bisa dibantu?");
        await Eventually.TrueAsync(() => twilio.To(SaviraApp.Citizen).Count == 1, "the officer's reply to reach Twilio");
        var first = await app.ChatAsync("pak, tagihan pbb saya kok naik?", Cancel);
        var second = await app.ChatAsync("menu", Cancel);
        var done = await app.ChatAsync("selesai", Cancel);
        var bot = await app.ChatAsync("menu", Cancel);

        Assert.NotEmpty(whileWaiting);
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        var sent = Assert.Single(twilio.To(SaviraApp.Citizen));
        Assert.Equal("Selamat pagi, saya Budi dari Diskominfo. Ada yang bisa dibantu?", sent.Body);
        Assert.Null(sent.ContentSid);
        Assert.Contains("diteruskan ke petugas", Assert.Single(first), StringComparison.Ordinal); // once, so the citizen knows
        Assert.Empty(second);                                                                     // the officer's, not the bot's
        Assert.Contains("percakapan dengan petugas sudah selesai", Assert.Single(done), StringComparison.Ordinal);
        Assert.DoesNotContain("menunggu", done[0], StringComparison.Ordinal);
        Assert.NotEmpty(bot);
        using var view = JsonDocument.Parse(await budi.GetStringAsync($"/admin/api/handoffs/{id}", Cancel));
        var lines = view.RootElement.GetProperty("transcript").EnumerateArray()
            .Select(line => (line.GetProperty("author").GetString(), line.GetProperty("text").GetString())).ToList();
        Assert.Equal("returned", view.RootElement.GetProperty("state").GetString());
        Assert.Contains(("citizen", "pak, tagihan pbb saya kok naik?"), lines);
        Assert.Contains(("citizen", "menu"), lines);
        Assert.Contains(("officer", "Selamat pagi, saya Budi dari Diskominfo. Ada yang bisa dibantu?"), lines);
        Assert.Equal(1, twilio.Requests);
    }

    [Fact]
    public async Task AConversationSomeoneElseHoldsIsRefusedWith409()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio);
        using var budi = await OfficerAsync(app, "budi");
        using var siti = await OfficerAsync(app, "siti");
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var id = await WaitingIdAsync(budi);

        using var claimed = await budi.PostAsync($"/admin/api/handoffs/{id}/claim", null, Cancel);
        using var claimAgain = await budi.PostAsync($"/admin/api/handoffs/{id}/claim", null, Cancel);
        using var stolen = await siti.PostAsync($"/admin/api/handoffs/{id}/claim", null, Cancel);
        using var reply = await SayAsync(siti, id, "Halo, saya Siti.");
        using var release = await siti.PostAsync($"/admin/api/handoffs/{id}/release", null, Cancel);
        using var unknown = await budi.PostAsync("/admin/api/handoffs/999/claim", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, claimAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stolen.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reply.StatusCode);
        Assert.Equal("application/problem+json", reply.Content.Headers.ContentType?.MediaType);
        Assert.Contains("held by budi", await reply.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, release.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(0, app.Count("outbox"));
    }

    [Fact]
    public async Task OutsideTheTwentyFourHourWindowFreeTextIsRefusedAndOnlyTheTemplateIsSent()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio);
        using var budi = await OfficerAsync(app, "budi");
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var id = await WaitingIdAsync(budi);
        app.Clock.Advance(TimeSpan.FromHours(25));

        using var refused = await SayAsync(budi, id, "Maaf baru sempat membalas.");
        var problem = await refused.Content.ReadAsStringAsync(Cancel);
        var outboxAfterRefusal = app.Count("outbox");
        using var template = await budi.PostAsJsonAsync($"/admin/api/handoffs/{id}/messages", new { template = true }, Cancel);
        await Eventually.TrueAsync(() => twilio.To(SaviraApp.Citizen).Count == 1, "the template to reach Twilio");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("24 hours", problem, StringComparison.Ordinal);
        Assert.Contains("template", problem, StringComparison.Ordinal);
        Assert.Equal(0, outboxAfterRefusal);
        Assert.Equal(HttpStatusCode.Accepted, template.StatusCode);
        var sent = Assert.Single(twilio.To(SaviraApp.Citizen));
        Assert.Equal(TemplateSid, sent.ContentSid);
        Assert.Equal("""{"1":"percakapan Anda dengan petugas"}""", sent.ContentVariables);
        Assert.Null(sent.Body);
    }

    [Fact]
    public async Task WithoutAnApprovedTemplateTheTemplateRequestIsRefused()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio, templateSid: null);
        using var budi = await OfficerAsync(app, "budi");
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var id = await WaitingIdAsync(budi);

        using var template = await budi.PostAsJsonAsync($"/admin/api/handoffs/{id}/messages", new { template = true }, Cancel);
        using var both = await budi.PostAsJsonAsync($"/admin/api/handoffs/{id}/messages", new { template = true, text = "x" }, Cancel);
        using var empty = await budi.PostAsJsonAsync($"/admin/api/handoffs/{id}/messages", new { text = " " }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, template.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("\"text\"", await empty.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(0, app.Count("outbox"));
        Assert.Equal("waiting", (await JsonDocument.ParseAsync(await budi.GetStreamAsync($"/admin/api/handoffs/{id}", Cancel), cancellationToken: Cancel))
            .RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task AReleaseNobodyAnsweredTellsTheCitizenSoOnceAndNoThanksForWaiting()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio);
        using var budi = await OfficerAsync(app, "budi");
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var id = await WaitingIdAsync(budi);

        using var release = await budi.PostAsync($"/admin/api/handoffs/{id}/release", null, Cancel);
        using var again = await budi.PostAsync($"/admin/api/handoffs/{id}/release", null, Cancel);
        await Eventually.TrueAsync(() => twilio.To(SaviraApp.Citizen).Count == 1, "the end notice to reach Twilio");
        var next = await app.ChatAsync("halo", Cancel);

        Assert.Equal(HttpStatusCode.OK, release.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var notice = Assert.Single(twilio.To(SaviraApp.Citizen)).Body!;
        Assert.Contains("ditutup sebelum ada petugas yang membalas", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Terima kasih telah menunggu", notice, StringComparison.Ordinal);
        Assert.Contains("selamat pagi", Assert.Single(next), StringComparison.Ordinal);
        Assert.Equal(1, app.Count("outbox"));
    }

    [Fact]
    public async Task AReleaseAfterTheOfficerWroteSaysTheOfficerFinished()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio);
        using var budi = await OfficerAsync(app, "budi");
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var id = await WaitingIdAsync(budi);

        using var reply = await SayAsync(budi, id, "Tagihan Anda sudah kami cek, tidak ada tunggakan."); // claims it
        using var release = await budi.PostAsync($"/admin/api/handoffs/{id}/release", null, Cancel);
        await Eventually.TrueAsync(() => twilio.To(SaviraApp.Citizen).Count == 2, "the reply and the end notice to reach Twilio");

        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        Assert.Equal(HttpStatusCode.OK, release.StatusCode);
        Assert.Contains("Petugas telah menyelesaikan percakapan ini", twilio.To(SaviraApp.Citizen)[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARetriedReplyWithTheSameIdempotencyKeyIsSentOnce()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio);
        using var budi = await OfficerAsync(app, "budi");
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var id = await WaitingIdAsync(budi);

        using var first = await SayAsync(budi, id, "Baik, kami cek dulu.", idempotencyKey: "k-1");
        using var retry = await SayAsync(budi, id, "Baik, kami cek dulu.", idempotencyKey: "k-1");
        using var other = await SayAsync(budi, id, "Sudah kami cek.", idempotencyKey: "k-2");
        await Eventually.TrueAsync(() => twilio.To(SaviraApp.Citizen).Count == 2, "two replies to reach Twilio");

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(["Baik, kami cek dulu.", "Sudah kami cek."], twilio.To(SaviraApp.Citizen).Select(message => message.Body));
        Assert.Equal(2, app.Count("outbox"));
    }

    [Fact]
    public async Task ATransferWaitsForTheNewServiceOrOfficerWithItsNote()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio);
        using var budi = await OfficerAsync(app, "budi");
        using var siti = await OfficerAsync(app, "siti");
        using var andi = await OfficerAsync(app, "andi");
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var id = await WaitingIdAsync(budi);
        await budi.PostAsync($"/admin/api/handoffs/{id}/claim", null, Cancel);

        using var bad = await budi.PostAsJsonAsync($"/admin/api/handoffs/{id}/transfer", new { service = "gojek" }, Cancel);
        using var transfer = await budi.PostAsJsonAsync($"/admin/api/handoffs/{id}/transfer",
            new { service = "pdam", officer = "siti", note = "Soal tagihan air, bukan PBB." }, Cancel);
        using var byOther = await andi.PostAsync($"/admin/api/handoffs/{id}/claim", null, Cancel);
        using var byAssignee = await siti.PostAsync($"/admin/api/handoffs/{id}/claim", null, Cancel);
        using var view = JsonDocument.Parse(await siti.GetStringAsync($"/admin/api/handoffs/{id}", Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"service\"", await bad.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, transfer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byAssignee.StatusCode);
        Assert.Equal("pdam", view.RootElement.GetProperty("service").GetString());
        Assert.Equal("siti", view.RootElement.GetProperty("heldBy").GetString());
        Assert.Contains(view.RootElement.GetProperty("transcript").EnumerateArray(),
            line => line.GetProperty("text").GetString()!.Contains("Catatan: Soal tagihan air, bukan PBB.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOfficersReplyReachesTheWebChatPage()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio, environment: "Development");
        using var budi = await OfficerAsync(app, "budi");
        using var page = app.CreateClient();

        using var asked = await page.PostAsJsonAsync("/chat/messages", new { visitor = "v1", text = "saya mau bicara dengan petugas" }, Cancel);
        var id = await WaitingIdAsync(budi);
        using var reply = await SayAsync(budi, id, "Halo, saya Budi.");
        using var pushed = JsonDocument.Parse(await page.GetStringAsync("/chat/messages?visitor=v1&after=0", Cancel));
        var messages = pushed.RootElement.GetProperty("messages").EnumerateArray().ToList();
        var lastId = messages[^1].GetProperty("id").GetInt64();
        using var nothingNew = JsonDocument.Parse(await page.GetStringAsync($"/chat/messages?visitor=v1&after={lastId}", Cancel));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);
        Assert.Equal("Halo, saya Budi.", Assert.Single(messages).GetProperty("text").GetString());
        Assert.Empty(nothingNew.RootElement.GetProperty("messages").EnumerateArray());
        Assert.Equal(0, twilio.Requests); // the web chat's messages never go to Twilio
    }

    [Fact]
    public async Task AReportStatusChangeIsPushedToTheCitizenAtOnceAndOnlyOnce()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio);
        await app.ChatAsync("lapor banjir, air menggenang setinggi lutut tiap hujan deras", Cancel);
        await app.ChatAsync("Jl. Kaligawe depan terminal Terboyo", Cancel);
        await app.ChatAsync("tidak ada", Cancel);
        using var admin = app.Admin();
        using var ticket = JsonDocument.Parse(await admin.GetStringAsync("/admin/api/reports", Cancel));
        var number = ticket.RootElement.EnumerateArray().Select(report => report.GetProperty("ticketNumber").GetString())
            .Single(candidate => candidate!.StartsWith("INF-2026-", StringComparison.Ordinal) && candidate != "INF-2026-000001" && candidate != "INF-2026-000002" && candidate != "INF-2026-000003");

        for (var attempt = 0; attempt < 2; attempt++) // a retried call changes nothing the second time
        {
            using var response = await admin.PutAsync($"/admin/api/reports/{number}/status",
                ServiceChat.Json("""{"status":"diverifikasi","note":"Pompa air dikirim ke lokasi."}"""), Cancel);
            response.EnsureSuccessStatusCode();
        }
        await Eventually.TrueAsync(() => twilio.To(SaviraApp.Citizen).Count == 1, "the status notice to reach Twilio");
        var next = await app.ChatAsync("halo", Cancel);

        var sent = Assert.Single(twilio.To(SaviraApp.Citizen));
        Assert.Contains($"*Kabar laporan {number}*", sent.Body, StringComparison.Ordinal);
        Assert.Contains("Pompa air dikirim", sent.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(next, text => text.Contains("Kabar laporan", StringComparison.Ordinal)); // not told twice
        Assert.Equal(1, app.Count("outbox"));
        using var connection = app.OpenDatabase();
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM citizen_notices"));
    }

    [Fact]
    public async Task AnOfficerScopedToOtherServicesNeitherSeesNorTakesTheRequest()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = NewApp(twilio);
        using var pdam = await OfficerAsync(app, "rina", scope: "pdam");
        using var rsud = await OfficerAsync(app, "dewi", scope: "rsud,puskesmas");
        await app.ChatAsync("jadwal dokter anak hari kamis", Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);

        using var seenByPdam = JsonDocument.Parse(await pdam.GetStringAsync("/admin/api/handoffs", Cancel));
        var id = await WaitingIdAsync(rsud);
        using var claimByPdam = await pdam.PostAsync($"/admin/api/handoffs/{id}/claim", null, Cancel);
        using var readByPdam = await pdam.GetAsync($"/admin/api/handoffs/{id}", Cancel);
        using var claimByRsud = await rsud.PostAsync($"/admin/api/handoffs/{id}/claim", null, Cancel);

        Assert.Empty(seenByPdam.RootElement.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, claimByPdam.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readByPdam.StatusCode);
        Assert.Equal(HttpStatusCode.OK, claimByRsud.StatusCode);
    }
}
