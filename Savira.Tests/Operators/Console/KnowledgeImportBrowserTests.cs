using System.Text;
using Dapper;
using Microsoft.Playwright;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>The CSV import page in a real Chromium: a file with a problem is listed by line, a good one is dry-run, then applied as drafts.</summary>
public sealed class KnowledgeImportBrowserTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")) };

    [Fact]
    public async Task AnEditorDryRunsAFileSeesItsProblemsThenAppliesAGoodOneAsDrafts()
    {
        await using var app = new KestrelSaviraApp();
        await app.AddAccountAsync("editor-impor", StaffRole.Editor, Cancel);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress, 360);
        await page.SignInAsync(app, "editor-impor");
        var entries = app.Count("faq_entries");

        await page.GotoAsync("/console/pengetahuan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Impor dari CSV" }).ClickAsync();
        await page.ArriveAsync("**/console/pengetahuan/impor");
        await page.GetByLabel("Berkas CSV (UTF-8)").SetInputFilesAsync(Csv("salah.csv", """
            id,layanan,pertanyaan,jawaban
            ,kependudukan,Apakah Disdukcapil membuka layanan di Car Free Day?,"  "
            """));
        await page.GetByRole(AriaRole.Button, new() { Name = "Uji coba" }).ClickAsync();
        var problems = await page.Locator("#masalah").InnerTextAsync();
        Assert.Contains("Baris 2, kolom jawaban", problems, StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Terapkan sebagai draf" }).CountAsync());
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Berkas CSV (UTF-8)").SetInputFilesAsync(Csv("baru.csv", """
            id,layanan,pertanyaan,jawaban,sumber
            ,kependudukan,Apakah Disdukcapil membuka layanan di Car Free Day?,Setiap Minggu pukul 06.00–09.00 WIB di Simpang Lima.,Contoh data uji (bukan fakta)
            """));
        await page.GetByRole(AriaRole.Button, new() { Name = "Uji coba" }).ClickAsync();
        Assert.Contains("1 ditambah, 0 diubah", await page.Locator("#hasil + p").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Baris 2: Apakah Disdukcapil membuka layanan di Car Free Day?", await page.Locator("#baru").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(entries, app.Count("faq_entries")); // a dry run writes nothing
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);

        await page.GetByRole(AriaRole.Button, new() { Name = "Terapkan sebagai draf" }).ClickAsync();
        var done = await page.Locator("p.ok").InnerTextAsync();
        Assert.Contains("1 entri baru", done, StringComparison.Ordinal);
        Assert.Contains("sampai tiap draf diterbitkan", done, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        Assert.Equal(entries + 1, app.Count("faq_entries"));
        using var connection = app.OpenDatabase();
        Assert.Equal(0, connection.QuerySingle<long>("SELECT published_version FROM faq_entries WHERE question = 'Apakah Disdukcapil membuka layanan di Car Free Day?'"));
    }
}
