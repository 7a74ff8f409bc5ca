using Microsoft.Playwright;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>The console in a real Chromium against the real host on a loopback port: signing in, at a phone's width and a PC's.</summary>
public sealed class ConsoleBrowserTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task AFirstSignInSetsUpTheAuthenticatorAndEveryPageOnTheWayIsAccessible(int width)
    {
        await using var app = new KestrelSaviraApp();
        await app.AddAccountAsync("admin-uji", StaffRole.Admin, Cancel);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress, width);

        await page.GotoAsync("/console/pengguna");
        Assert.EndsWith("/console/masuk?ReturnUrl=%2Fconsole%2Fpengguna", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(width);

        await page.GetByLabel("Nama pengguna").FillAsync("admin-uji");
        await page.GetByLabel("Kata sandi").FillAsync(Staff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.ArriveAsync("**/console/masuk/siapkan");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(width);

        var secret = (await page.Locator("code.secret").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.GetByLabel("Kode verifikasi").FillAsync("123456");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aktifkan dan masuk" }).ClickAsync();
        Assert.Contains("Kode tidak sesuai", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Kode verifikasi").FillAsync(Staff.Code(app, secret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Aktifkan dan masuk" }).ClickAsync();
        await page.ArriveAsync("**/console/pengguna");
        Assert.Contains("admin-uji", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(width);

        await page.GotoAsync("/console/audit");
        Assert.Contains("Masuk ke konsol", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Rantai log utuh", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(width);

        await page.GotoAsync("/console/menu");
        Assert.Contains("Seperti terlihat di WhatsApp", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(width);

        await page.GotoAsync("/console/laporan");
        Assert.Contains("Median waktu balasan pertama petugas", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(width);

        await page.GotoAsync("/console/kotak-masuk");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(width);

        await page.GotoAsync("/console/dasbor");
        Assert.Contains("Warga menunggu petugas", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(width);

        await page.GotoAsync("/console");
        Assert.Equal("Selamat datang, admin-uji", await page.Locator("h1").InnerTextAsync());
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(width);

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar (admin-uji)" }).ClickAsync();
        await page.ArriveAsync("**/console/masuk");
        await page.GotoAsync("/console");
        Assert.Contains("/console/masuk", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminAddsAUserInTheBrowserWhoThenSignsInWithTheirOwnAuthenticator()
    {
        await using var app = new KestrelSaviraApp();
        await app.AddAccountAsync("admin-uji", StaffRole.Admin, Cancel);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var admin = await browser.NewPageAsync(app.BaseAddress);
        await admin.SignInAsync(app, "admin-uji");

        await admin.GotoAsync("/console/pengguna");
        await admin.GetByLabel("Nama pengguna").FillAsync("siti.dpu");
        await admin.GetByLabel("Peran", new() { Exact = true }).SelectOptionAsync(StaffRole.Opd);
        await admin.Locator("#new-scope").FillAsync("dpu");
        await admin.GetByLabel("Kata sandi awal").FillAsync("sandi-awal-siti-1");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tambah" }).ClickAsync();
        Assert.Contains("Akun siti.dpu sudah dibuat", await admin.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);

        var siti = await browser.NewPageAsync(app.BaseAddress, width: 360);
        await siti.GotoAsync("/console/masuk");
        await siti.GetByLabel("Nama pengguna").FillAsync("siti.dpu");
        await siti.GetByLabel("Kata sandi").FillAsync("sandi-awal-siti-1");
        await siti.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await siti.ArriveAsync("**/console/masuk/siapkan");
        var secret = (await siti.Locator("code.secret").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await siti.GetByLabel("Kode verifikasi").FillAsync(Staff.Code(app, secret));
        await siti.GetByRole(AriaRole.Button, new() { Name = "Aktifkan dan masuk" }).ClickAsync();
        await siti.ArriveAsync("**/console");
        Assert.Contains("Petugas OPD", await siti.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await siti.GotoAsync("/console/pengguna");
        Assert.Contains("/console/ditolak", siti.Url, StringComparison.Ordinal);
        await siti.AssertAccessibleAsync();
    }
}
