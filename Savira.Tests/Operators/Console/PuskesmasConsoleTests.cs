using System.Diagnostics;
using System.Net;
using Dapper;
using Microsoft.Playwright;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Puskesmas;
using Savira.Tests.Services.Puskesmas;
using Savira.Tests.Support;
using static Savira.Tests.Services.Puskesmas.PuskesmasKit;

namespace Savira.Tests.Operators.Console;

/// <summary>
/// The puskesmas counter in the console and the waiting room's TV, in a real browser: staff call with the keyboard,
/// the citizen gets the call on WhatsApp, the other counter's call shows up by itself, and the TV follows without
/// reloading and shows ticket numbers only.
/// </summary>
public sealed class PuskesmasConsoleTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The pages ask every second; the loaded CI machine may take longer.</summary>
    static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 30_000 };

    [Fact]
    public async Task StaffCallRecallAndFinishWithTheKeyboardAndTheCitizenHearsOnWhatsApp()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new KestrelSaviraApp(twilio.Settings());
        await app.AddAccountAsync("loket-halmahera", StaffRole.Puskesmas, Cancel, scope: "halmahera");
        for (var i = 1; i <= 2; i++) // they write to the bot: inside the 24-hour window, the call goes as free text
            await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(i));
        await PuskesmasCounterTests.TakeAsync(app, 3);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress, width: 360);
        await page.SignInAsync(app, "loket-halmahera");

        await page.GotoAsync("/console/puskesmas/halmahera/umum");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);
        Assert.Contains("Menunggu: 3 orang", await page.Locator("#board").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Loket Anda").FocusAsync();
        await page.Keyboard.PressAsync("n"); // in a field: no call
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("p.ok")).ToContainTextAsync("Nomor U-001 dipanggil ke loket 1", Soon);
        Assert.Equal("U-001", await page.Locator("#serving").InnerTextAsync()); // the "n" typed in the field called nobody
        Assert.DoesNotContain("628120000001", await page.ContentAsync(), StringComparison.Ordinal); // masked
        await Eventually.TrueAsync(() => twilio.To(Citizen(1)).Count == 1, "the call to reach the citizen on WhatsApp");
        Assert.Contains("Nomor antrean *U-001* Anda dipanggil di Poli Umum", twilio.To(Citizen(1))[0].Body, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("u");
        await Assertions.Expect(page.Locator("p.ok")).ToContainTextAsync("dipanggil ulang", Soon);
        await Eventually.TrueAsync(() => twilio.To(Citizen(1)).Count == 2, "the recall to reach the citizen");
        Assert.Equal(2, Calls(app, 1));

        await app.Get<PuskesmasQueues>().CallNextAsync("halmahera", "umum", 2, app.Clock.GetUtcNow(), null, Cancel); // the other counter
        await Assertions.Expect(page.Locator("#board")).ToContainTextAsync("loket 2: U-002", Soon);

        await page.Keyboard.PressAsync("s");
        await Assertions.Expect(page.Locator("p.ok")).ToContainTextAsync("Pelayanan nomor U-001 selesai", Soon);
        await page.Keyboard.PressAsync("l");
        await Assertions.Expect(page.Locator("p.error")).ToContainTextAsync("Loket 1 sedang tidak melayani nomor mana pun", Soon);
        await page.AssertAccessibleAsync();
        await Eventually.TrueAsync(() => twilio.To(Citizen(2)).Count == 1, "the other counter's call to reach its citizen");
        Assert.Equal(2, twilio.To(Citizen(1)).Count);
    }

    [Fact]
    public async Task ACallOnAPausedClinicOrWithNobodyWaitingSaysWhyInIndonesian()
    {
        await using var app = new KestrelSaviraApp();
        await app.AddAccountAsync("loket-halmahera", StaffRole.Puskesmas, Cancel, scope: "halmahera");
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.SignInAsync(app, "loket-halmahera");
        await page.GotoAsync("/console/puskesmas/halmahera/gigi");

        await page.GetByRole(AriaRole.Button, new() { Name = "Panggil berikutnya (N)" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.error")).ToContainTextAsync("Belum ada warga yang menunggu", Soon);
        await page.GetByRole(AriaRole.Button, new() { Name = "Jeda poli (J)" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.ok")).ToContainTextAsync("dijeda", Soon);
        await page.GetByRole(AriaRole.Button, new() { Name = "Panggil berikutnya (N)" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.error")).ToContainTextAsync("sedang dijeda. Tekan Lanjutkan dulu", Soon);
        await page.AssertAccessibleAsync();

        var response = await page.GotoAsync("/console/puskesmas/halmahera/jantung");
        Assert.Equal(404, response!.Status);
        Assert.Contains("Poli “jantung” tidak ada di Puskesmas Halmahera", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWaitingRoomDisplayFollowsCallsWithoutReloadingAndShowsNoPersonalData()
    {
        await using var app = new KestrelSaviraApp();
        await PuskesmasCounterTests.TakeAsync(app, 4);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress);

        await page.GotoAsync("/antrean/halmahera"); // no sign-in
        var umum = page.Locator("[data-clinic=umum]");
        await Assertions.Expect(umum).ToContainTextAsync("Belum ada panggilan");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nyalakan suara panggilan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#sound")).ToHaveAttributeAsync("aria-pressed", "true");

        var clock = Stopwatch.StartNew();
        await app.Get<PuskesmasQueues>().CallNextAsync("halmahera", "umum", 3, app.Clock.GetUtcNow(), null, Cancel);
        await Assertions.Expect(umum.Locator(".number")).ToHaveTextAsync("U-001", new() { Timeout = 30_000 });
        TestContext.Current.TestOutputHelper?.WriteLine($"the display showed the call after {clock.ElapsedMilliseconds} ms");
        await Assertions.Expect(umum.Locator(".where")).ToHaveTextAsync("Loket 3");
        await Assertions.Expect(umum.Locator(".next")).ToHaveTextAsync("U-002 U-003 U-004");
        await Assertions.Expect(page.Locator("#announce")).ToHaveTextAsync("Nomor antrean U 1, silakan menuju Poli Umum, loket 3.");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(1280);
        await page.SetViewportSizeAsync(360, 800);
        await page.AssertFitsAsync(360);

        var html = await page.ContentAsync();
        var state = await page.Context.APIRequest.GetAsync("/antrean/halmahera?handler=State");
        foreach (var text in new[] { html, await state.TextAsync() })
        {
            Assert.DoesNotContain("whatsapp", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("+62", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0000001", text, StringComparison.Ordinal);
        }

        var unknown = await page.GotoAsync("/antrean/tidak-ada");
        Assert.Equal(404, unknown!.Status);
        Assert.Contains("Layar antrean tidak ditemukan", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDaysListShowsMaskedNumbersAndDownloadsAsCsv()
    {
        await using var app = new KestrelSaviraApp();
        await app.AddAccountAsync("auditor", StaffRole.Auditor, Cancel);
        await PuskesmasCounterTests.TakeAsync(app, 3);
        await app.Get<PuskesmasQueues>().CallNextAsync("halmahera", "umum", 1, app.Clock.GetUtcNow(), null, Cancel);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress, width: 360);
        await page.SignInAsync(app, "auditor");

        await page.GotoAsync("/console/puskesmas/halmahera");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);
        var list = await page.GetByRole(AriaRole.Region, new() { Name = "Daftar nomor antrean" }).InnerTextAsync();
        Assert.Contains("U-001", list, StringComparison.Ordinal);
        Assert.Contains("dipanggil (loket 1)", list, StringComparison.Ordinal);
        Assert.Contains("whatsapp:+628******001", list, StringComparison.Ordinal);
        Assert.DoesNotContain("628120000001", await page.ContentAsync(), StringComparison.Ordinal);

        var csv = await page.Context.APIRequest.GetAsync("/console/puskesmas/halmahera?handler=Csv&tanggal=2026-11-30");
        var text = await csv.TextAsync();
        Assert.Equal("text/csv; charset=utf-8", csv.Headers["content-type"]);
        Assert.StartsWith("nomor,poli,status,loket,warga,diambil,dipanggil,selesai,kali_dipanggil\r\nU-001,Poli Umum,dipanggil,1,whatsapp:+628******001,08:00,08:00,,1\r\n",
            text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(4, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("628120000001", text, StringComparison.Ordinal);

        await page.GotoAsync("/console/puskesmas/halmahera/umum"); // an auditor reads the counter but has no buttons
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Panggil berikutnya (N)" }).CountAsync());
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AnotherPuskesmasAccountIsSentToTheDeniedPage()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("loket-miroto", StaffRole.Puskesmas, Cancel, scope: "miroto");
        var client = app.BrowserClient();
        await client.SignInAsync(app, "loket-miroto", Cancel);

        foreach (var path in new[] { "/console/puskesmas/halmahera/umum", "/console/puskesmas/halmahera", "/console/puskesmas/halmahera?handler=Csv" })
        {
            using var other = await client.GetAsync(path, Cancel);
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
            Assert.Equal("/console/ditolak", new Uri(client.BaseAddress!, other.Headers.Location!).AbsolutePath);
        }
        using var own = await client.GetAsync("/console/puskesmas/miroto/umum", Cancel);
        var places = await client.GetStringAsync("/console/puskesmas", Cancel);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("/console/puskesmas/miroto", places, StringComparison.Ordinal);
        Assert.DoesNotContain("/console/puskesmas/halmahera", places, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACounterFormSentTwiceCallsOnceAndAFreshFormCallsTheNext()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("loket-halmahera", StaffRole.Puskesmas, Cancel, scope: "halmahera");
        await PuskesmasCounterTests.TakeAsync(app, 3);
        var client = app.BrowserClient();
        await client.SignInAsync(app, "loket-halmahera", Cancel);
        const string Counter = "/console/puskesmas/halmahera/umum";

        var page = await client.GetStringAsync(Counter, Cancel);
        var form = new Dictionary<string, string> { ["kunci"] = RequestKey(page), ["loket"] = "1" };
        using var first = await client.PostFormAsync($"{Counter}?handler=CallNext", page, form, Cancel);
        using var again = await client.PostFormAsync($"{Counter}?handler=CallNext", page, form, Cancel); // a double press, a resent form
        var answer = await again.Content.ReadAsStringAsync(Cancel);
        using var fresh = await client.PostFormAsync($"{Counter}?handler=CallNext", answer, new Dictionary<string, string> { ["kunci"] = RequestKey(answer), ["loket"] = "1" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Nomor U-001 dipanggil ke loket 1", answer, StringComparison.Ordinal);
        Assert.Contains("Nomor U-002 dipanggil ke loket 1", await fresh.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal(["served", "called", "waiting"], connection.Query<string>("SELECT status FROM queue_tickets WHERE clinic = 'umum' ORDER BY number"));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'queue-call:%'"));
    }

    static string RequestKey(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"kunci\" value=\"([0-9a-f]{32})\"").Groups[1].Value is { Length: 32 } key
            ? key
            : throw new InvalidOperationException("no request key in the counter page");

    static long Calls(SaviraApp app, long number)
    {
        using var connection = app.OpenDatabase();
        return connection.ExecuteScalar<long>("SELECT calls FROM queue_tickets WHERE clinic = 'umum' AND number = @number", new { number });
    }
}
