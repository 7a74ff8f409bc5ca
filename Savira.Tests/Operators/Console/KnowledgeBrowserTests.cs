using Microsoft.Playwright;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>The knowledge pages in a real Chromium: a draft written with its WhatsApp preview, published twice, and the history's diff.</summary>
public sealed class KnowledgeBrowserTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdminDraftsWithAPreviewPublishesAndSeesWhatChangedInTheHistory()
    {
        await using var app = new KestrelSaviraApp();
        await app.AddAccountAsync("admin-pengetahuan", StaffRole.Admin, Cancel);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress, 360);
        await page.SignInAsync(app, "admin-pengetahuan");

        await page.GotoAsync("/console/pengetahuan");
        await page.GetByLabel("Cari di pertanyaan atau jawaban").FillAsync("efin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        Assert.Contains("Bagaimana mendapatkan EFIN?", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);

        await page.GetByRole(AriaRole.Link, new() { Name = "+ Entri baru" }).ClickAsync();
        await page.ArriveAsync("**/console/pengetahuan/baru");
        await page.GetByLabel("Layanan").SelectOptionAsync("kependudukan");
        await page.GetByLabel("Pertanyaan", new() { Exact = true }).FillAsync("Apakah Disdukcapil membuka layanan di Car Free Day Simpang Lima?");
        var answer = page.GetByLabel("Jawaban", new() { Exact = true });
        await answer.FillAsync(string.Join("\n", Enumerable.Repeat("Layanan adminduk keliling hadir di CFD setiap Minggu pagi.", 30)));
        await page.Locator("#pratinjau .cut").WaitForAsync(); // past 1,600 characters WhatsApp gets two messages
        Assert.Equal(2, await page.Locator("#pratinjau .bubble").CountAsync());
        await answer.FillAsync("🚐 *Dukcapil Jemput Bola di CFD*\nSetiap Minggu pukul 06.00–09.00 WIB di sisi utara Simpang Lima.\n_Bawa KK asli._");
        await page.Locator("#pratinjau strong", new() { HasText = "Dukcapil Jemput Bola di CFD" }).WaitForAsync();
        Assert.Equal("Bawa KK asli.", await page.Locator("#pratinjau em").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#pratinjau .cut").CountAsync());
        await page.GetByLabel("Contoh cara warga bertanya").FillAsync("dukcapil ada di cfd ga\nlayanan adminduk hari minggu pagi simpang lima");
        await page.GetByLabel("Sumber fakta").FillAsync("Contoh data uji (bukan fakta)");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);

        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await page.ArriveAsync("**pesan=disimpan");
        await page.GetByLabel("Catatan versi").FillAsync("Layanan baru di CFD");
        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan draf" }).ClickAsync();
        await page.ArriveAsync("**pesan=terbit");
        Assert.Contains("Versi 1 terbit", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);

        await answer.FillAsync("🚐 *Dukcapil Jemput Bola di CFD*\nSetiap Minggu pukul 06.00–10.00 WIB di sisi utara Simpang Lima.\n_Bawa KK asli._");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await page.ArriveAsync("**pesan=disimpan");
        await page.GetByLabel("Catatan versi").FillAsync("Jam diperpanjang");
        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan draf" }).ClickAsync();
        await page.ArriveAsync("**pesan=terbit");
        Assert.Contains("Versi 2 terbit", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        var reply = string.Join("\n", await app.ChatAsync("minggu pagi pas car free day simpang lima ada layanan dukcapil nggak?", Cancel));
        Assert.Contains("06.00–10.00", reply, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Riwayat versi" }).ClickAsync();
        await page.ArriveAsync("**/riwayat");
        Assert.Contains("Versi 1 dibandingkan dengan Versi 2", await page.Locator("h2").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("09.00", await page.Locator("table.banding del").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("10.00", await page.Locator("table.banding ins").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Jam diperpanjang", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);
    }
}
