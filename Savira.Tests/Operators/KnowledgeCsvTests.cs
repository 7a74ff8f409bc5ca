using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dapper;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators;

/// <summary>
/// Knowledge as CSV through the real host: an export imported unchanged changes nothing, a file with problems lists
/// each by line and column and applies nothing, applying saves drafts that citizens hear only once published, a file
/// that is not UTF-8 is refused in words, and a file applied after the knowledge changed since its dry run is refused.
/// </summary>
public sealed class KnowledgeCsvTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Made up for these tests: a service the seeded knowledge does not have.
    const string Marker = "Dukcapil Jemput Bola di CFD";
    const string CitizenAsks = "minggu pagi pas car free day simpang lima ada layanan dukcapil nggak?";

    static int citizens;

    static async Task<string> AskAsync(SaviraApp app, string text) =>
        string.Join("\n", await app.ChatAsync(text, Cancel, from: $"whatsapp:+628127{Interlocked.Increment(ref citizens):D7}"));

    static ByteArrayContent Csv(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return content;
    }

    static ByteArrayContent Csv(string text) => Csv(Encoding.UTF8.GetBytes(text));

    static async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(HttpClient client, HttpContent csv, string? apply = null)
    {
        using var response = await client.PostAsync("/admin/api/faq/import" + (apply is null ? "" : "?apply=" + apply), csv, Cancel);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone());
    }

    static async Task<byte[]> ExportAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/admin/api/faq/export.csv", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(Cancel);
    }

    /// <summary>The seeded, published entry "Bagaimana mendapatkan EFIN?" and its answer.</summary>
    static (long Id, string Answer) Efin(SaviraApp app)
    {
        using var connection = app.OpenDatabase();
        return connection.QuerySingle<(long, string)>("SELECT id, answer FROM faq_entries WHERE question = 'Bagaimana mendapatkan EFIN?' AND published_version > 0");
    }

    [Fact]
    public async Task AnExportImportedUnchangedAddsAndChangesNothing()
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-csv", StaffRole.Editor, Cancel);
        using var auditor = await app.ApiClientAsync("auditor-csv", StaffRole.Auditor, Cancel);
        // Cells a spreadsheet would run as a formula go out with an apostrophe and come back without it.
        using var formula = await editor.PostAsync("/admin/api/faq", ServiceChat.Json(
            """{"intent":"kependudukan","question":"=Apa saja syarat cetak ulang KIA?","answer":"- Bawa KK asli\n- Bawa akta kelahiran\n+62 24 000 (contoh)","examples":["@kia hilang"],"source":"Contoh data uji (bukan fakta)"}"""), Cancel);
        var entries = app.Count("faq_entries");

        var exported = await ExportAsync(editor);
        var byAuditor = await ExportAsync(auditor);
        var (status, report) = await ImportAsync(editor, Csv(exported));
        using var auditorImports = await auditor.PostAsync("/admin/api/faq/import", Csv(exported), Cancel);

        var text = Encoding.UTF8.GetString(exported);
        Assert.StartsWith("id,layanan,pertanyaan,jawaban,contoh,sumber,diperiksa,mulai,selesai,status,draf_belum_terbit\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Bagaimana mendapatkan EFIN?", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, formula.StatusCode);
        var line = text.Split("\r\n").First(line => line.Contains("syarat cetak ulang KIA", StringComparison.Ordinal) || line.Contains("Bawa KK asli", StringComparison.Ordinal));
        Assert.True(line.Contains(",\"'=Apa saja syarat cetak ulang KIA?\",\"'- Bawa KK asli\n", StringComparison.Ordinal), line);
        Assert.Equal(exported, byAuditor);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(report.GetProperty("problems").GetArrayLength() == 0, string.Join('\n', report.GetProperty("problems").EnumerateArray().Take(5)));
        Assert.Equal(0, report.GetProperty("added").GetArrayLength());
        Assert.Equal(0, report.GetProperty("changed").GetArrayLength());
        Assert.Equal(0, report.GetProperty("problems").GetArrayLength());
        Assert.Equal(entries, report.GetProperty("unchanged").GetInt64());
        Assert.False(report.GetProperty("canApply").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, auditorImports.StatusCode);
    }

    [Fact]
    public async Task TheConsoleListDownloadsTheSameFileAsTheApi()
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-csv", StaffRole.Editor, Cancel);
        await app.AddAccountAsync("auditor-konsol", StaffRole.Auditor, Cancel);
        using var browser = app.BrowserClient();
        await browser.SignInAsync(app, "auditor-konsol", Cancel);

        var list = await browser.GetStringAsync("/console/pengetahuan", Cancel);
        using var download = await browser.GetAsync("/console/pengetahuan?handler=Csv", Cancel);

        Assert.Contains("href=\"/console/pengetahuan?handler=Csv\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Impor dari CSV", list, StringComparison.Ordinal); // an auditor reads, and does not import
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("pengetahuan-savira-", download.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.Equal(await ExportAsync(editor), await download.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task AFileWithProblemsListsEachByLineAndColumnAndApplyingItWritesNothing()
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-csv", StaffRole.Editor, Cancel);
        var (id, _) = Efin(app);
        var csv = $"""
            id,layanan,pertanyaan,jawaban,diperiksa
            ,parkir-liar,Di mana lapor parkir liar?,Lewat kanal pengaduan.,
            ,kependudukan,Apakah ada layanan di CFD?,"   ",
            {id},npwp,Bagaimana mendapatkan EFIN?,Lewat Coretax.,
            {id},npwp,Bagaimana mendapatkan EFIN?,Lewat Coretax lagi.,
            999999,kependudukan,Entri yang tidak ada?,Tidak ada.,
            ,kependudukan,,Pertanyaannya kosong.,
            ,kependudukan,Kapan diperiksa?,Tanggalnya salah.,31-02-2026
            ,kependudukan,"Kutip ""salah"" di sini"x,Jawaban.,

            """.ReplaceLineEndings("\r\n");
        var rows = app.RowCounts();

        var (status, report) = await ImportAsync(editor, Csv(csv));
        var (applyStatus, refusal) = await ImportAsync(editor, Csv(csv), report.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(report.GetProperty("canApply").GetBoolean());
        var problems = report.GetProperty("problems").EnumerateArray()
            .Select(problem => (problem.GetProperty("line").GetInt64(), problem.GetProperty("column").GetString(), problem.GetProperty("message").GetString()!))
            .ToList();
        Assert.Contains(problems, problem => problem is (2, "layanan", var message) && message.Contains("parkir-liar", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem is (3, "jawaban", _));
        Assert.Contains(problems, problem => problem is (5, "id", var message) && message.Contains("baris 4", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem is (6, "id", var message) && message.Contains("999999", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem is (7, "pertanyaan", _));
        Assert.Contains(problems, problem => problem is (8, "diperiksa", _));
        Assert.Contains(problems, problem => problem is (9, null, var message) && message.Contains("kutip", StringComparison.Ordinal));
        Assert.Equal(7, problems.Count);
        Assert.Equal(HttpStatusCode.BadRequest, applyStatus);
        Assert.True(refusal.GetProperty("errors").TryGetProperty("line 3 jawaban", out _), refusal.ToString());
        Assert.Equal(rows["faq_entries"], app.Count("faq_entries"));
        Assert.Equal(rows["faq_drafts"], app.Count("faq_drafts"));
    }

    [Fact]
    public async Task AWrongHeaderIsNamedOnLineOne()
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-csv", StaffRole.Editor, Cancel);

        var (_, report) = await ImportAsync(editor, Csv("id;layanan;pertanyaan;jawaban\r\n;pbb;Tanya?;Jawab.\r\n"));

        var problems = report.GetProperty("problems").EnumerateArray().ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, problem => Assert.Equal(1, problem.GetProperty("line").GetInt64()));
        Assert.Contains(problems, problem => problem.GetProperty("message").GetString()!.Contains("tidak dikenal", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.GetProperty("column").GetString() == "jawaban");
    }

    [Fact]
    public async Task ApplyingSavesDraftsInOneGoAndCitizensHearANewEntryOnlyOnceItIsPublished()
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-csv", StaffRole.Editor, Cancel);
        using var admin = await app.ApiClientAsync("admin-csv", StaffRole.Admin, Cancel);
        var (efin, efinAnswer) = Efin(app);
        var csv = $"""
            id,layanan,pertanyaan,jawaban,contoh,sumber
            ,kependudukan,Apakah Disdukcapil membuka layanan di Car Free Day Simpang Lima?,"🚐 *{Marker}*
            Setiap Minggu pukul 06.00–09.00 WIB di sisi utara Simpang Lima: cetak ulang KIA dan konsultasi adminduk.","dukcapil ada di cfd ga
            layanan adminduk hari minggu pagi simpang lima",Contoh data uji (bukan fakta)
            {efin},npwp,Bagaimana mendapatkan EFIN?,"Ajukan EFIN lewat Coretax, lalu cek email Anda.",,Contoh data uji (bukan fakta)

            """.ReplaceLineEndings("\r\n");
        var drafts = app.Count("faq_drafts");

        var (_, report) = await ImportAsync(editor, Csv(csv));
        var whileDryRun = await AskAsync(app, CitizenAsks);
        var (status, applied) = await ImportAsync(editor, Csv(csv), report.GetProperty("token").GetString());
        var draftsAfterApply = app.Count("faq_drafts");
        var whileDraft = await AskAsync(app, CitizenAsks);
        Assert.True(status == HttpStatusCode.OK, applied.ToString());
        var created = applied.GetProperty("createdIds")[0].GetInt64();
        using var published = await admin.PostAsync($"/admin/api/faq/{created}/publish", ServiceChat.Json("""{"note":"Dari impor CSV"}"""), Cancel);
        var afterPublish = await AskAsync(app, CitizenAsks);

        Assert.True(report.GetProperty("canApply").GetBoolean(), report.ToString());
        Assert.Equal(1, report.GetProperty("added").GetArrayLength());
        var change = report.GetProperty("changed")[0];
        Assert.Equal(efin, change.GetProperty("id").GetInt64());
        Assert.Equal(["jawaban", "contoh", "sumber"], change.GetProperty("columns").EnumerateArray().Select(column => column.GetString()));
        Assert.True(report.GetProperty("canApply").GetBoolean());
        Assert.DoesNotContain(Marker, whileDryRun, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(drafts + 2, draftsAfterApply);
        Assert.DoesNotContain(Marker, whileDraft, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains(Marker, afterPublish, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal(efinAnswer, connection.QuerySingle<string>("SELECT answer FROM faq_entries WHERE id = @efin", new { efin })); // a draft only
        Assert.Equal("Ajukan EFIN lewat Coretax, lalu cek email Anda.", connection.QuerySingle<string>("SELECT answer FROM faq_drafts WHERE entry_id = @efin", new { efin }));
        var audit = connection.QuerySingle<string>("SELECT detail FROM audit_log WHERE action LIKE 'POST /admin/api/faq/import%' AND detail LIKE '%createdIds%' AND detail LIKE '%' || @created || '%'", new { created });
        Assert.Contains("\"added\":\"1\",\"changed\":\"1\"", audit, StringComparison.Ordinal);
        Assert.Contains($"\"changedIds\":[\"{efin}\"]", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileThatIsNotUtf8IsRefusedSayingSo()
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-csv", StaffRole.Editor, Cancel);
        // "Kapan kantor buka?" with "é" as Windows-1252 writes it (one byte E9), as a spreadsheet's plain "CSV" save does.
        byte[] ansi = [.. Encoding.ASCII.GetBytes("id,layanan,pertanyaan,jawaban\r\n,kependudukan,Kapan kantor buka?,Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" buka pukul 08.00.\r\n")];
        var rows = app.RowCounts();

        var (status, problem) = await ImportAsync(editor, Csv(ansi));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = problem.GetProperty("errors").GetProperty("body")[0].GetString()!;
        Assert.Contains("bukan teks UTF-8", message, StringComparison.Ordinal);
        Assert.Equal(rows["faq_entries"], app.Count("faq_entries"));
    }

    [Fact]
    public async Task ApplyingAfterTheEntryChangedSinceTheDryRunIsRefusedAndWritesNothing()
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-csv", StaffRole.Editor, Cancel);
        var (efin, _) = Efin(app);
        var csv = $"id,layanan,pertanyaan,jawaban\r\n{efin},npwp,Bagaimana mendapatkan EFIN?,Lewat Coretax di pajak.go.id.\r\n";

        var (_, report) = await ImportAsync(editor, Csv(csv));
        using var edited = await editor.PutAsync($"/admin/api/faq/{efin}", ServiceChat.Json(
            """{"intent":"npwp","question":"Bagaimana mendapatkan EFIN?","answer":"Lewat Coretax, menu Portal Saya.","source":"Contoh data uji (bukan fakta)"}"""), Cancel);
        var (status, _) = await ImportAsync(editor, Csv(csv), report.GetProperty("token").GetString());
        var (wrongToken, _) = await ImportAsync(editor, Csv(csv), "0000");

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(HttpStatusCode.Conflict, wrongToken);
        using var connection = app.OpenDatabase();
        Assert.Equal("Lewat Coretax, menu Portal Saya.", connection.QuerySingle<string>("SELECT answer FROM faq_drafts WHERE entry_id = @efin", new { efin }));
    }
}
