using Microsoft.Playwright;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Simulator;

/// <summary>
/// In a real Chromium at phone width: a suite is stored, the simulator answers from the drafts and from the published
/// knowledge, an exchange becomes a case, and publishing the draft that breaks it needs "Terbitkan juga".
/// </summary>
public sealed class SimulatorBrowserTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static async Task SendAsync(IPage page, string source, string text)
    {
        await page.GetByLabel(source).CheckAsync();
        await page.GetByLabel("Pesan warga").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim" }).ClickAsync();
        await page.ArriveAsync("**/console/simulator?percakapan=*");
    }

    [Fact]
    public async Task AnAdminTriesADraftInTheSimulatorMakesACaseOfItAndPublishingAsksForConfirmation()
    {
        await using var app = new KestrelSaviraApp();
        var id = await SimulatorTests.NightCounterAsync(app);
        await app.AddAccountAsync("admin-simulator", StaffRole.Admin, Cancel);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress, 360);
        await page.SignInAsync(app, "admin-simulator");

        await page.GotoAsync("/console/suite-uji");
        await page.GetByLabel("Nama suite", new() { Exact = true }).FillAsync("loket malam");
        await page.GetByLabel("Kasus (JSON)").FillAsync("""[{"id": "sapaan", "turns": ["halo min"], "forbid": ["loket malam"]}]""");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan suite" }).ClickAsync();
        await page.ArriveAsync("**selesai=simpan");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);

        await page.GotoAsync("/console/simulator");
        await page.AssertAccessibleAsync();
        await SendAsync(page, "Draf saat ini (seolah semua draf diterbitkan)", "mau urus ktp di dukcapil, ada loket malam nggak?");
        Assert.Contains("Rabu 19.00", await page.Locator(".bubble.savira").Last.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("kependudukan", await page.Locator("dd.intent").Last.InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai ulang" }).ClickAsync();
        await page.ArriveAsync("**/console/simulator?sumber=draf");

        await SendAsync(page, "Pengetahuan terbit (yang dilihat warga)", "mau urus ktp di dukcapil, ada loket malam nggak?");
        Assert.Contains("Kamis 18.00", await page.Locator(".bubble.savira").Last.InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("summary", new() { HasText = "Jadikan kasus uji" }).ClickAsync();
        await page.GetByLabel("Id kasus").FillAsync("loket-malam-kamis");
        await page.GetByLabel("Harus memuat (regex)").FillAsync("kamis");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambahkan ke suite" }).ClickAsync();
        await page.ArriveAsync("**selesai=kasus");
        Assert.Contains("loket-malam-kamis", await page.GetByLabel("Kasus (JSON)").InputValueAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"/console/pengetahuan/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan draf" }).ClickAsync();
        await page.Locator("#kasus-rusak").WaitForAsync();
        Assert.Contains("loket malam/loket-malam-kamis", await page.Locator("#kasus-rusak").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan juga" }).ClickAsync();
        await page.ArriveAsync("**pesan=terbit");
        Assert.Contains("Rabu", string.Join("\n", await app.ChatAsync("mau urus ktp di dukcapil, ada loket malam nggak?", Cancel)), StringComparison.Ordinal);
    }
}
