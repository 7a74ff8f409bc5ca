using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dapper;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators;

/// <summary>
/// Knowledge entries through the real host: editors draft, admins publish, citizens hear only what is published
/// (from the next message on), every version is kept and any can be published again byte for byte, a scheduled
/// entry answers only within its window, and a stale edit changes nothing.
/// </summary>
public sealed class KnowledgePublishingTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Test data made up for these tests: a city service Savira's seeded knowledge does not have.
    const string Marker = "Dukcapil Jemput Bola di CFD";
    const string CfdEntry = """
        {
          "intent": "kependudukan",
          "question": "Apakah Disdukcapil membuka layanan di Car Free Day Simpang Lima?",
          "answer": "🚐 *Dukcapil Jemput Bola di CFD*\nSetiap Minggu pukul 06.00–09.00 WIB di sisi utara Simpang Lima: cetak ulang KIA dan konsultasi adminduk.\n_Bawa KK asli._",
          "examples": ["dukcapil ada di cfd ga", "layanan adminduk hari minggu pagi simpang lima"],
          "source": "Contoh data uji (bukan fakta)",
          "checkedOn": "2026-11-29"
        }
        """;
    const string CitizenAsks = "minggu pagi pas car free day simpang lima ada layanan dukcapil nggak?";

    static int citizens;

    /// <summary>Each question from a new citizen, so no conversation state carries over between them.</summary>
    static async Task<string> AskAsync(SaviraApp app, string text) =>
        string.Join("\n", await app.ChatAsync(text, Cancel, from: $"whatsapp:+628129{Interlocked.Increment(ref citizens):D7}"));

    static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();

    [Fact]
    public async Task AnEditorsDraftIsNotAnsweredUntilAnAdminPublishesItAndThenTheNextMessageIs()
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-uji", StaffRole.Editor, Cancel);
        using var admin = await app.ApiClientAsync("admin-uji", StaffRole.Admin, Cancel);

        var before = await AskAsync(app, CitizenAsks);
        using var created = await editor.PostAsync("/admin/api/faq", ServiceChat.Json(CfdEntry), Cancel);
        var entry = await JsonAsync(created);
        var id = entry.GetProperty("id").GetInt64();
        var whileDraft = await AskAsync(app, CitizenAsks);
        using var editorPublishes = await editor.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json("{}"), Cancel);
        var afterRefusal = await AskAsync(app, CitizenAsks);
        using var published = await admin.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json("""{"note":"Layanan baru di CFD"}"""), Cancel);
        var clock = Stopwatch.StartNew();
        var after = await AskAsync(app, CitizenAsks);
        var publishToAnswer = clock.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine($"publish → next answer: {publishToAnswer.TotalMilliseconds:F0} ms");

        Assert.DoesNotContain(Marker, before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(0, entry.GetProperty("publishedVersion").GetInt32());
        Assert.DoesNotContain(Marker, whileDraft, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, editorPublishes.StatusCode);
        Assert.Contains("hanya dapat menyimpan draf", await editorPublishes.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, afterRefusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(1, (await JsonAsync(published)).GetProperty("publishedVersion").GetInt32());
        Assert.Contains(Marker, after, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        var audit = connection.QuerySingle<string>("SELECT detail FROM audit_log WHERE action = 'POST /admin/api/faq/{id:long}/publish'");
        Assert.Contains("\"before\"", audit, StringComparison.Ordinal);
        Assert.Contains(Marker, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorNamedInTheSettingsMayPublish()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Knowledge:EditorsWhoPublish:0"] = "editor-penerbit" });
        using var allowed = await app.ApiClientAsync("editor-penerbit", StaffRole.Editor, Cancel);
        using var other = await app.ApiClientAsync("editor-biasa", StaffRole.Editor, Cancel);
        using var created = await other.PostAsync("/admin/api/faq", ServiceChat.Json(CfdEntry), Cancel);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt64();

        using var refused = await other.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json("{}"), Cancel);
        using var published = await allowed.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json("{}"), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains(Marker, await AskAsync(app, CitizenAsks), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollingBackPublishesTheEarlierTextAgainByteForByteAsANewVersion()
    {
        await using var app = new SaviraApp();
        using var admin = await app.ApiClientAsync("admin-uji", StaffRole.Admin, Cancel);
        var efin = (await JsonAsync(await admin.GetAsync("/admin/api/faq?intent=npwp", Cancel))).EnumerateArray()
            .Single(candidate => candidate.GetProperty("question").GetString()!.Contains("EFIN", StringComparison.Ordinal));
        var id = efin.GetProperty("id").GetInt64();
        var original = efin.GetProperty("answer").GetString()!;

        using var edited = await admin.PutAsync($"/admin/api/faq/{id}", ServiceChat.Json("""
            {"intent":"npwp","question":"Bagaimana mendapatkan EFIN?","answer":"EFIN diganti kode *Coretax*.","examples":["lupa efin"]}
            """), Cancel);
        using var publishedTwo = await admin.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json("""{"note":"Coretax"}"""), Cancel);
        var changed = await AskAsync(app, "lupa efin");
        using var rolledBack = await admin.PostAsync($"/admin/api/faq/{id}/rollback", ServiceChat.Json("""{"version":1}"""), Cancel);
        var restored = await JsonAsync(rolledBack);
        var reply = await AskAsync(app, "lupa efin");
        var versions = (await JsonAsync(await admin.GetAsync($"/admin/api/faq/{id}/versions", Cancel))).EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publishedTwo.StatusCode);
        Assert.Contains("EFIN diganti kode", changed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        Assert.Equal(3, restored.GetProperty("publishedVersion").GetInt32());
        Assert.Equal(original, restored.GetProperty("answer").GetString(), StringComparer.Ordinal);
        Assert.Contains(original.TrimEnd(), reply, StringComparison.Ordinal);
        Assert.Equal([3, 2, 1], versions.Select(version => version.GetProperty("version").GetInt32()));
        Assert.Equal(["Kembali ke versi 1", "Coretax", "Versi awal (pengetahuan bawaan)"], versions.Select(version => version.GetProperty("note").GetString()));
        Assert.Equal(original, versions[0].GetProperty("content").GetProperty("answer").GetString(), StringComparer.Ordinal);
        using var connection = app.OpenDatabase();
        var stored = connection.QuerySingle<(byte[] Now, byte[] First)>(
            "SELECT CAST(e.answer AS BLOB), CAST(v.answer AS BLOB) FROM faq_entries e JOIN faq_versions v ON v.entry_id = e.id AND v.version = 1 WHERE e.id = @id", new { id });
        Assert.Equal(stored.First, stored.Now);
    }

    [Fact]
    public async Task AScheduledEntryAnswersOnlyFromItsStartUntilItsEnd()
    {
        await using var app = new SaviraApp();
        using var admin = await app.ApiClientAsync("admin-uji", StaffRole.Admin, Cancel);
        // The test clock starts at 08:00 WIB on 30 November 2026: the service runs 10:00–12:00 WIB that day.
        var body = CfdEntry.Replace("\"checkedOn\"", "\"startsAt\": \"2026-11-30T10:00\", \"endsAt\": \"2026-11-30T12:00:00+07:00\", \"checkedOn\"", StringComparison.Ordinal);
        using var created = await admin.PostAsync("/admin/api/faq", ServiceChat.Json(body), Cancel);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt64();
        using var published = await admin.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json("{}"), Cancel);

        var early = await AskAsync(app, CitizenAsks);
        app.Clock.Advance(TimeSpan.FromHours(2)); // 10:00 WIB
        var during = await AskAsync(app, CitizenAsks);
        app.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1)); // 11:59:59
        var lastSecond = await AskAsync(app, CitizenAsks);
        app.Clock.Advance(TimeSpan.FromSeconds(1)); // 12:00 WIB
        var ended = await AskAsync(app, CitizenAsks);
        var entry = await JsonAsync(await admin.GetAsync($"/admin/api/faq/{id}", Cancel));

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.DoesNotContain(Marker, early, StringComparison.Ordinal);
        Assert.Contains(Marker, during, StringComparison.Ordinal);
        Assert.Contains(Marker, lastSecond, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, ended, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero), entry.GetProperty("startsAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task AnEditMadeFromAStaleVersionIsA409AndChangesNothing()
    {
        await using var app = new SaviraApp();
        using var first = await app.ApiClientAsync("editor-satu", StaffRole.Editor, Cancel);
        using var second = await app.ApiClientAsync("editor-dua", StaffRole.Editor, Cancel);
        using var admin = await app.ApiClientAsync("admin-uji", StaffRole.Admin, Cancel);
        using var created = await first.PostAsync("/admin/api/faq", ServiceChat.Json(CfdEntry), Cancel);
        var opened = await JsonAsync(created);
        var id = opened.GetProperty("id").GetInt64();
        var version = opened.GetProperty("editVersion").GetInt64();

        using var saved = await first.PutAsync($"/admin/api/faq/{id}", ServiceChat.Json(CfdEntry.Replace("\"checkedOn\"", $"\"editVersion\": {version}, \"checkedOn\"", StringComparison.Ordinal)
            .Replace("Bawa KK asli.", "Bawa KK asli dan KTP-el.", StringComparison.Ordinal)), Cancel);
        var rows = app.RowCounts();
        var draftBefore = (await JsonAsync(await admin.GetAsync($"/admin/api/faq/{id}", Cancel))).GetProperty("draft").GetRawText();
        using var stale = await second.PutAsync($"/admin/api/faq/{id}", ServiceChat.Json(CfdEntry.Replace("\"checkedOn\"", $"\"editVersion\": {version}, \"checkedOn\"", StringComparison.Ordinal)
            .Replace("06.00–09.00", "07.00–10.00", StringComparison.Ordinal)), Cancel);
        using var stalePublish = await admin.PostAsync($"/admin/api/faq/{id}/publish", ServiceChat.Json($$"""{"editVersion": {{version}}}"""), Cancel);
        var draftAfter = (await JsonAsync(await admin.GetAsync($"/admin/api/faq/{id}", Cancel))).GetProperty("draft").GetRawText();

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sudah diubah orang lain", await stale.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, stalePublish.StatusCode);
        Assert.Equal(draftBefore, draftAfter);
        Assert.Contains("Bawa KK asli dan KTP-el.", draftAfter, StringComparison.Ordinal);
        Assert.Equal(rows, app.RowCounts());
    }

    [Fact]
    public async Task BadInputIsA400NamingEachFieldAndWritesNothing()
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-uji", StaffRole.Editor, Cancel);
        var rows = app.RowCounts();

        using var response = await editor.PostAsync("/admin/api/faq", ServiceChat.Json("""
            {"intent":"parkir","question":" ","answer":" \n\t ","startsAt":"2027-02-18T08:00","endsAt":"2027-02-18T07:00"}
            """), Cancel);
        var errors = (await JsonAsync(response)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("parkir", errors.GetProperty("intent")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Tulis pertanyaannya.", errors.GetProperty("question")[0].GetString());
        Assert.Equal("Jawaban tidak boleh kosong.", errors.GetProperty("answer")[0].GetString());
        Assert.Equal("Waktu selesai harus sesudah waktu mulai.", errors.GetProperty("endsAt")[0].GetString());
        Assert.Equal(rows, app.RowCounts());
    }
}
