using System.Net;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>The inbox and training pages over HTTP as a browser posts them: what each role sees, and refusals that name the field in Indonesian.</summary>
public sealed class UnansweredConsoleTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Inbox = "/console/belum-terjawab";
    const string Training = "/console/pelatihan";

    static async Task<string> GroupPageAsync(HttpClient client)
    {
        var inbox = await client.GetStringAsync(Inbox, Cancel);
        var link = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(inbox, "href=\"(/console/belum-terjawab/kelompok\\?key=[^\"]+)\"").Groups[1].Value);
        return link;
    }

    [Fact]
    public async Task AnAuditorSeesTheGroupsButNoFormsToChangeThem()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("jadwal car free day kapan", Cancel);
        using var auditor = await app.SignedInClientAsync("audit", StaffRole.Auditor, Cancel);

        var group = await auditor.GetStringAsync(await GroupPageAsync(auditor), Cancel);

        Assert.Contains("jadwal car free day kapan", group, StringComparison.Ordinal);
        Assert.DoesNotContain("Buat entri", group, StringComparison.Ordinal);
        Assert.DoesNotContain("Abaikan kelompok ini", group, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGroupBecomesASuiteCaseThatGuardsTheAnswerWrittenForIt()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("jadwal car free day kapan", Cancel);
        using var editor = await app.SignedInClientAsync("rina-kasus", StaffRole.Editor, Cancel);
        var suites = await editor.GetStringAsync("/console/suite-uji", Cancel);
        using var suite = await editor.PostFormAsync("/console/suite-uji?handler=Save", suites, new Dictionary<string, string>
        {
            ["name"] = "dari warga", ["json"] = """[{"id": "sapaan", "turns": ["halo"], "forbid": ["car free day"]}]""",
        }, Cancel);
        var suiteId = Dapper.SqlMapper.QuerySingle<long>(app.OpenDatabase(), "SELECT id FROM conversation_suites");
        var path = await GroupPageAsync(editor);
        var page = await editor.GetStringAsync(path, Cancel);
        var key = Uri.UnescapeDataString(path[(path.IndexOf('=', StringComparison.Ordinal) + 1)..]);

        using var noId = await editor.PostFormAsync(path + "&handler=AddCase", page, new Dictionary<string, string>
        {
            ["key"] = key, ["suite"] = suiteId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["caseId"] = " ", ["forbid"] = "belum menangkap maksud",
        }, Cancel);
        using var added = await editor.PostFormAsync(path + "&handler=AddCase", page, new Dictionary<string, string>
        {
            ["key"] = key, ["suite"] = suiteId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["caseId"] = "cfd-jadwal",
            ["expect"] = "minggu", ["forbid"] = "belum menangkap maksud|belum termasuk layanan",
        }, Cancel);
        var json = Dapper.SqlMapper.QuerySingle<string>(app.OpenDatabase(), "SELECT cases FROM conversation_suites");

        Assert.Contains("Jadikan kasus uji", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noId.StatusCode);
        Assert.Contains("Id kasus wajib diisi", System.Net.WebUtility.HtmlDecode(await noId.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        using var cases = System.Text.Json.JsonDocument.Parse(json);
        var made = cases.RootElement[1];
        Assert.Equal("cfd-jadwal", made.GetProperty("id").GetString());
        Assert.Equal("jadwal car free day kapan", made.GetProperty("turns")[0].GetString());
        Assert.Equal("minggu", made.GetProperty("expect")[0].GetString());
        Assert.Equal(0, app.Count("unanswered_messages WHERE resolved_at IS NOT NULL")); // the group stays open until it is answered
    }

    [Fact]
    public async Task AnEntryWithoutAnswerOrSourceIsRefusedWithEachFieldNamedAndNothingIsHandled()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("jadwal car free day kapan", Cancel);
        using var editor = await app.SignedInClientAsync("rina", StaffRole.Editor, Cancel);
        var path = await GroupPageAsync(editor);
        var page = await editor.GetStringAsync(path, Cancel);
        var key = Uri.UnescapeDataString(path[(path.IndexOf('=', StringComparison.Ordinal) + 1)..]);

        using var refused = await editor.PostFormAsync(path + "&handler=Entry", page, new Dictionary<string, string>
        {
            ["key"] = key, ["intent"] = "out_of_scope", ["question"] = "Kapan car free day?", ["answer"] = " ", ["source"] = "", ["checkedOn"] = "2099-01-01",
        }, Cancel);
        var html = await refused.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Jawaban tidak boleh kosong.", html, StringComparison.Ordinal);
        Assert.Contains("Tulis sumber faktanya", html, StringComparison.Ordinal);
        Assert.Contains("tidak boleh di masa depan", html, StringComparison.Ordinal);
        Assert.Contains("Kapan car free day?", html, StringComparison.Ordinal); // what was written stays in the form
        Assert.Equal(0, app.Count("unanswered_messages WHERE resolved_at IS NOT NULL"));
    }

    [Fact]
    public async Task OnTheTrainingPageAnEditorAddsALexiconEntryAndRemovesAnExampleAndBadInputIsNamed()
    {
        await using var app = new SaviraApp();
        using var editor = await app.SignedInClientAsync("rina", StaffRole.Editor, Cancel);
        var page = await editor.GetStringAsync(Training, Cancel);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(page), 10_000, 100_000); // 100 examples with their forms, first load ≤ 100 KB

        using var badWord = await editor.PostFormAsync(Training + "?handler=Lexicon", page, new Dictionary<string, string> { ["informal"] = "dua kata", ["formal"] = "" }, Cancel);
        using var word = await editor.PostFormAsync(Training + "?handler=Lexicon", page, new Dictionary<string, string> { ["informal"] = "perpus", ["formal"] = "perpustakaan" }, Cancel);
        using var badExample = await editor.PostFormAsync(Training + "?handler=Add", page, new Dictionary<string, string> { ["text"] = new string('a', 501), ["intent"] = "parkir" }, Cancel);
        using var removed = await editor.PostFormAsync(Training + "?handler=Remove", page, new Dictionary<string, string> { ["ids"] = "1" }, Cancel);

        var refusal = await badWord.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, badWord.StatusCode);
        Assert.Contains("Kata tidak baku (informal)", refusal, StringComparison.Ordinal);
        Assert.Contains("Bentuk baku (formal)", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, word.StatusCode);
        Assert.Equal(1, app.Count("lexicon_entries WHERE informal = 'perpus' AND formal = 'perpustakaan'"));
        var exampleRefusal = System.Net.WebUtility.HtmlDecode(await badExample.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("Contoh kalimat (text) paling panjang 500 karakter", exampleRefusal, StringComparison.Ordinal);
        Assert.Contains("Layanan (intent) “parkir” tidak dikenal", exampleRefusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, app.Count("training_examples WHERE id = 1"));
        Assert.Equal(2, app.Count("audit_log WHERE detail LIKE '%\"subject\":\"lexicon perpus\"%' OR detail LIKE '%\"subject\":\"training example 1\"%'"));
    }
}
