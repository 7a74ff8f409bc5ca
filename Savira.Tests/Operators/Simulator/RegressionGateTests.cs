using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Faq;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Simulator;

/// <summary>
/// Stored conversation suites and the gate before publishing: a case a draft would break is listed, publishing without
/// confirmation is refused, with it succeeds and is audited; a suite with a mistake is refused naming its line and field.
/// </summary>
public sealed class RegressionGateTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Made-up cases for these tests: the first passes on the published night counter and fails with its draft.
    const string Suite = """
        [
          {"id": "loket-malam-kamis", "turns": ["mau urus ktp di dukcapil, ada loket malam nggak?"], "expect": ["kamis"]},
          {"id": "sapaan-pagi", "turns": ["selamat pagi min"], "forbid": ["kamis"]}
        ]
        """;

    static readonly string[] Forbidden = ["loket malam adminduk kini"];

    static async Task<HttpResponseMessage> SaveSuiteAsync(HttpClient client, string name, string json)
    {
        var page = await client.GetStringAsync("/console/suite-uji", Cancel);
        return await client.PostFormAsync("/console/suite-uji?handler=Save", page, new Dictionary<string, string> { ["name"] = name, ["json"] = json }, Cancel);
    }

    static async Task<HttpClient> AdminApiAsync(SaviraApp app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(await app.AddAccountAsync("admin-gerbang", StaffRole.Admin, Cancel), Cancel));
        return client;
    }

    /// <summary>The night-counter entry with the suite whose first case its draft breaks, stored by an editor.</summary>
    static async Task<(long Id, FaqStore Store)> GuardedNightCounterAsync(SaviraApp app)
    {
        var id = await SimulatorTests.NightCounterAsync(app);
        using var editor = await app.SignedInClientAsync("editor-suite", StaffRole.Editor, Cancel);
        using var saved = await SaveSuiteAsync(editor, "loket malam", Suite);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (id, app.Services.GetRequiredService<FaqStore>());
    }

    [Fact]
    public async Task ACaseTheDraftWouldBreakIsListedAndPublishingWaitsForConfirmationWhichIsAudited()
    {
        await using var app = new SaviraApp();
        var (id, store) = await GuardedNightCounterAsync(app);
        using var admin = await AdminApiAsync(app);

        using var refused = await admin.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json("""{"note":"Pindah ke Rabu"}"""), Cancel);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancel)).RootElement;
        var stillPublished = store.Find(id)!.Answer;
        using var confirmed = await admin.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json("""{"note":"Pindah ke Rabu","confirm":true}"""), Cancel);
        var audit = app.OpenDatabase().QuerySingle<string>("SELECT detail FROM audit_log WHERE action = 'POST /admin/api/faq/{id:long}/publish' ORDER BY id DESC LIMIT 1");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var broken = Assert.Single(problem.GetProperty("brokenCases").EnumerateArray());
        Assert.Equal("loket-malam-kamis", broken.GetProperty("caseId").GetString());
        Assert.Equal("loket malam", broken.GetProperty("suite").GetString());
        Assert.Contains("Rabu", broken.GetProperty("reply").GetString(), StringComparison.Ordinal);
        Assert.Contains("Kamis", stillPublished, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Rabu", store.Find(id)!.Answer, StringComparison.Ordinal);
        Assert.Contains("loket malam/loket-malam-kamis", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConsoleListsTheBrokenCaseAndPublishesOnlyWithTerbitkanJuga()
    {
        await using var app = new SaviraApp();
        var id = await SimulatorTests.NightCounterAsync(app);
        using var admin = await app.SignedInClientAsync("admin-konsol", StaffRole.Admin, Cancel);
        using var saved = await SaveSuiteAsync(admin, "loket malam", Suite);
        var store = app.Services.GetRequiredService<FaqStore>();
        var edit = store.Find(id)!.EditVersion.ToString(CultureInfo.InvariantCulture);
        var page = await admin.GetStringAsync($"/console/pengetahuan/{id}", Cancel);

        using var held = await admin.PostFormAsync($"/console/pengetahuan/{id}?handler=Publish", page, new Dictionary<string, string> { ["editVersion"] = edit, ["note"] = "Rabu" }, Cancel);
        var heldPage = await held.Content.ReadAsStringAsync(Cancel);
        using var published = await admin.PostFormAsync($"/console/pengetahuan/{id}?handler=Publish", heldPage, new Dictionary<string, string> { ["editVersion"] = edit, ["note"] = "Rabu", ["confirm"] = "true" }, Cancel);
        var audit = app.OpenDatabase().QuerySingle<string>("SELECT detail FROM audit_log WHERE action LIKE 'POST /console/pengetahuan%' AND detail LIKE '%brokenCases%'");

        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        Assert.Contains("loket malam/loket-malam-kamis", heldPage, StringComparison.Ordinal);
        Assert.Contains("Terbitkan juga", heldPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(2, store.Find(id)!.PublishedVersion);
        Assert.Contains("loket-malam-kamis", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivatingAnEntryACaseNeedsWaitsForConfirmationLikeAPublish()
    {
        await using var app = new SaviraApp();
        var (id, store) = await GuardedNightCounterAsync(app);
        using var admin = await AdminApiAsync(app);

        using var refused = await admin.PostAsync($"/admin/api/faq/{id}/deactivate", null, Cancel);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancel)).RootElement;
        var activeAfterRefusal = store.Find(id)!.Active;
        using var confirmed = await admin.PostAsync($"/admin/api/faq/{id}/deactivate", ServiceChat.Json("""{"confirm":true}"""), Cancel);
        var audit = app.OpenDatabase().QuerySingle<string>("SELECT detail FROM audit_log WHERE action = 'POST /admin/api/faq/{id:long}/deactivate' ORDER BY id DESC LIMIT 1");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("loket-malam-kamis", Assert.Single(problem.GetProperty("brokenCases").EnumerateArray()).GetProperty("caseId").GetString());
        Assert.True(activeAfterRefusal);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.False(store.Find(id)!.Active);
        Assert.Contains("loket malam/loket-malam-kamis", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollingBackToAVersionACaseFailsOnIsHeldInTheConsoleAndTheApi()
    {
        await using var app = new SaviraApp();
        var id = await SimulatorTests.NightCounterAsync(app);
        var store = app.Services.GetRequiredService<FaqStore>();
        await store.PublishAsync(id, "Pindah ke Rabu", null, "uji", Cancel);
        using var admin = await app.SignedInClientAsync("admin-riwayat", StaffRole.Admin, Cancel);
        using var saved = await SaveSuiteAsync(admin, "loket rabu", """[{"id": "loket-malam-rabu", "turns": ["mau urus ktp di dukcapil, ada loket malam nggak?"], "expect": ["rabu"]}]""");
        var edit = store.Find(id)!.EditVersion.ToString(CultureInfo.InvariantCulture);
        var history = await admin.GetStringAsync($"/console/pengetahuan/{id}/riwayat", Cancel);

        using var api = await AdminApiAsync(app);
        using var apiRefused = await api.PostAsync($"/admin/api/faq/{id}/rollback", ServiceChat.Json("""{"version":1}"""), Cancel);
        using var held = await admin.PostFormAsync($"/console/pengetahuan/{id}/riwayat?handler=Rollback", history, new Dictionary<string, string> { ["version"] = "1", ["editVersion"] = edit }, Cancel);
        var heldPage = WebUtility.HtmlDecode(await held.Content.ReadAsStringAsync(Cancel));
        var liveWhileHeld = store.Find(id)!.PublishedVersion;
        using var rolledBack = await admin.PostFormAsync($"/console/pengetahuan/{id}/riwayat?handler=Rollback", heldPage, new Dictionary<string, string> { ["version"] = "1", ["editVersion"] = edit, ["confirm"] = "true" }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, apiRefused.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        Assert.Contains("loket rabu/loket-malam-rabu", heldPage, StringComparison.Ordinal);
        Assert.Contains("Terbitkan lagi versi 1 juga", heldPage, StringComparison.Ordinal);
        Assert.Equal(2, liveWhileHeld);
        Assert.Equal(HttpStatusCode.Redirect, rolledBack.StatusCode);
        Assert.Contains("Kamis", store.Find(id)!.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNoSuiteOrNothingBrokenPublishingWorksAsBefore_AndTwentyCasesAreTimed()
    {
        await using var app = new SaviraApp();
        var id = await SimulatorTests.NightCounterAsync(app);
        using var admin = await AdminApiAsync(app);
        using var editor = await app.SignedInClientAsync("editor-dua-puluh", StaffRole.Editor, Cancel);
        var greetings = new[] { "halo min", "selamat siang", "assalamualaikum", "permisi kak", "pagi admin" };
        var cases = Enumerable.Range(1, 20).Select(i => new
        {
            id = $"sapaan-{i}",
            turns = i % 4 == 0 ? new[] { "halo", greetings[i % greetings.Length] } : new[] { greetings[i % greetings.Length] },
            forbid = Forbidden,
        });
        using var saved = await SaveSuiteAsync(editor, "dua puluh sapaan", JsonSerializer.Serialize(cases));

        var clock = Stopwatch.StartNew();
        using var published = await admin.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json("{}"), Cancel);
        TestContext.Current.TestOutputHelper?.WriteLine($"publish with a gate of 20 cases: {clock.ElapsedMilliseconds} ms");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(2, app.Services.GetRequiredService<FaqStore>().Find(id)!.PublishedVersion);
    }

    [Theory]
    [InlineData("[\n  {\"id\": \"a\", \"turns\": [\"halo\"], \"expect\": [\"x\"]},\n  {\"id\": \"b\", \"expect\": [\"x\"]}\n]", "baris 3: kasus 2 (b): \"turns\" belum ada")]
    [InlineData("[\n  {\"id\": \"a\",\n   \"turns\": [\"halo\"] \"expect\": [\"x\"]}\n]", "JSON tidak sah di baris 3")]
    [InlineData("[\n\n  {\"id\": \"a\", \"turns\": [\"halo\"], \"expect\": [\"(\"]}\n]", "baris 3: kasus 1 (a): \"expect\"[0] bukan pola (regex) yang sah")]
    public async Task ASuiteWithAMistakeIsRefusedNamingTheLineAndTheField(string json, string message)
    {
        await using var app = new SaviraApp();
        using var editor = await app.SignedInClientAsync("editor-salah", StaffRole.Editor, Cancel);

        using var response = await SaveSuiteAsync(editor, "salah", json);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(0, app.Count("conversation_suites"));
    }

    [Fact]
    public async Task AnUploadedSuiteIsStoredAndCanBeDeleted()
    {
        await using var app = new SaviraApp();
        using var editor = await app.SignedInClientAsync("editor-unggah", StaffRole.Editor, Cancel);
        var page = await editor.GetStringAsync("/console/suite-uji", Cancel);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Staff.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Suite)), "file", "loket-malam.json" },
        };

        using var uploaded = await editor.PostAsync("/console/suite-uji?handler=Upload", form, Cancel);
        var list = await editor.GetStringAsync("/console/suite-uji", Cancel);
        var suiteId = app.OpenDatabase().QuerySingle<long>("SELECT id FROM conversation_suites WHERE name = 'loket-malam'");
        using var deleted = await editor.PostFormAsync("/console/suite-uji?handler=Delete", list, new Dictionary<string, string> { ["id"] = suiteId.ToString(CultureInfo.InvariantCulture) }, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Contains("loket-malam", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, app.Count("conversation_suites"));
    }
}
