using Microsoft.Playwright;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>
/// An editor works the unanswered inbox in a real browser at a phone's width: two citizens ask one question in two
/// spellings, the editor sees one group of two, makes a knowledge entry of it from the prefilled form, and the next
/// citizen who asks gets that answer; then adds an example on the training page. axe finds nothing on either page.
/// </summary>
public sealed class UnansweredBrowserTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnEditorTurnsAGroupOfUnansweredQuestionsIntoAKnowledgeEntryThatAnswersTheNextCitizen()
    {
        await using var app = new KestrelSaviraApp(new Dictionary<string, string?> { ["Savira:Knowledge:EditorsWhoPublish:0"] = "rina" });
        await app.AddAccountAsync("rina", StaffRole.Editor, Cancel);
        await app.ChatAsync("jam buka perpustakaan daerah brp", Cancel, "whatsapp:+6281300000101");
        await app.ChatAsync("perpustakaan daerah buka jam brp ya, hp 081234567890", Cancel, "whatsapp:+6281300000102");
        await app.ChatAsync("jam bukak perpustakaan daerah berapa?", Cancel, "whatsapp:+6281300000103");
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress, width: 360);
        await page.SignInAsync(app, "rina");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).GetByRole(AriaRole.Link, new() { Name = "Belum terjawab" }).ClickAsync();
        var rows = page.Locator("tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Equal("3", await rows.First.Locator("td").Nth(1).InnerTextAsync());
        Assert.DoesNotContain("081234567890", await page.ContentAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Tindak lanjuti") }).ClickAsync();
        await page.AssertAccessibleAsync();
        Assert.Contains("jam buka perpustakaan daerah brp", await page.GetByLabel("Cara lain warga bertanya (satu per baris)").InputValueAsync(), StringComparison.Ordinal);
        await page.GetByLabel("Layanan (intent)").Nth(1).SelectOptionAsync("out_of_scope");
        await page.GetByLabel("Pertanyaan", new() { Exact = true }).FillAsync("Jam buka Perpustakaan Daerah Kota Semarang?");
        await page.GetByLabel("Jawaban untuk warga").FillAsync("Perpustakaan Daerah buka Senin–Sabtu pukul 08.00–15.30 WIB (data uji).");
        await page.GetByLabel("Sumber fakta (kantor, peraturan, atau alamat situs)").FillAsync("Dinas Arsip dan Perpustakaan (data uji)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat entri" }).ClickAsync();

        Assert.Contains("Draf dibuat dari pertanyaan yang belum terjawab", await page.GetByRole(AriaRole.Status).First.InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan draf" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).GetByRole(AriaRole.Link, new() { Name = "Belum terjawab" }).ClickAsync();
        Assert.Equal(0, await page.Locator("tbody tr").CountAsync());
        var answer = string.Join('\n', await app.ChatAsync("perpustakaan daerah bukanya jam berapa", Cancel, "whatsapp:+6281300000104"));
        Assert.Contains("Senin–Sabtu pukul 08.00–15.30", answer, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu utama" }).GetByRole(AriaRole.Link, new() { Name = "Pelatihan" }).ClickAsync();
        Assert.Contains("contoh kalimat", await page.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Contoh kalimat, seperti ditulis warga").FillAsync("jadwal layanan perpustakaan keliling");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah contoh" }).ClickAsync();
        Assert.Contains("Layanan (intent) wajib", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal); // no intent chosen
        await page.GetByLabel("Layanan (intent)").First.SelectOptionAsync("out_of_scope");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah contoh" }).ClickAsync();
        Assert.Contains("Contoh kalimat disimpan", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("jadwal layanan perpustakaan keliling", await page.Locator("tbody").First.InnerTextAsync(), StringComparison.Ordinal);
    }
}
