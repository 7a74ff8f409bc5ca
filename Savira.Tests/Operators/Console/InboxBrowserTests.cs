using Microsoft.Playwright;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>
/// The handoff loop with an officer in a real browser: the citizen asks over the signed webhook, the officer sees it
/// in the inbox, claims and replies; the fake Twilio receives the reply; the citizen's next message reaches the
/// officer and not the bot; <c>selesai</c> gives the conversation back to the bot.
/// </summary>
public sealed class InboxBrowserTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The inbox asks for news every 5 seconds; the loaded CI machine may take a few rounds.</summary>
    static readonly LocatorAssertionsToContainTextOptions Waiting = new() { Timeout = 60_000 };

    [Fact]
    public async Task AnOfficerAnswersACitizenFromTheInboxAndTheCitizenGetsItOnWhatsApp()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new KestrelSaviraApp(twilio.Settings());
        await app.AddAccountAsync("budi", StaffRole.Officer, Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas soal pbb", Cancel);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress, width: 360);
        await page.SignInAsync(app, "budi");

        await page.GotoAsync("/console/kotak-masuk");
        var card = page.Locator("section.card").First;
        Assert.Contains("Menunggu", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("81234567890", await page.ContentAsync(), StringComparison.Ordinal); // the number is masked
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);

        await page.GetByRole(AriaRole.Button, new() { Name = "Ambil percakapan" }).ClickAsync();
        Assert.Contains("Percakapan sudah Anda ambil", await page.GetByRole(AriaRole.Status).Last.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Ditangani budi", await page.Locator("section.card").First.InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync(); // the composer, canned replies and transfer form

        await page.GetByLabel("Balasan siap pakai").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        Assert.StartsWith("Mohon kirimkan NOP", await page.GetByLabel("Balasan untuk").InputValueAsync(), StringComparison.Ordinal); // the service's own first
        await page.GetByLabel("Balasan siap pakai").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        Assert.Equal("Selamat pagi, saya budi dari Pemerintah Kota Semarang. Ada yang bisa saya bantu?", await page.GetByLabel("Balasan untuk").InputValueAsync());
        await page.GetByLabel("Balasan untuk").FillAsync("Selamat pagi, saya Budi. Boleh sebutkan NOP Anda?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim balasan" }).ClickAsync();
        await Eventually.TrueAsync(() => twilio.To(SaviraApp.Citizen).Any(message => message.Body == "Selamat pagi, saya Budi. Boleh sebutkan NOP Anda?"),
            "the officer's reply to reach Twilio for the citizen");

        var toOfficer = await app.ChatAsync("33.74.010.005.012-0345.0 pak", Cancel);
        await page.ReloadAsync();
        Assert.Contains("0345.0 pak", await page.Locator("section.card").First.InnerTextAsync(), StringComparison.Ordinal); // written before the webhook answered
        Assert.DoesNotContain(toOfficer, reply => reply.Contains("Informasi PBB", StringComparison.Ordinal)); // the officer's, not the bot's

        var done = await app.ChatAsync("selesai", Cancel);
        var bot = string.Join('\n', await app.ChatAsync("cek pbb 33.74.010.005.012-0345.0", Cancel));
        Assert.Contains("percakapan dengan petugas sudah selesai", Assert.Single(done), StringComparison.Ordinal);
        Assert.Contains("Informasi PBB", bot, StringComparison.Ordinal);
        await page.ReloadAsync();
        Assert.Contains("Tidak ada warga yang menunggu", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplyToAConversationAnotherOfficerHoldsIsRefusedPlainly()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new KestrelSaviraApp(twilio.Settings());
        await app.AddAccountAsync("budi", StaffRole.Officer, Cancel);
        await app.AddAccountAsync("sari", StaffRole.Officer, Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var budi = await browser.NewPageAsync(app.BaseAddress);
        var sari = await browser.NewPageAsync(app.BaseAddress);
        await budi.SignInAsync(app, "budi");
        await sari.SignInAsync(app, "sari");
        await sari.GotoAsync("/console/kotak-masuk");

        await budi.GotoAsync("/console/kotak-masuk");
        await budi.GetByRole(AriaRole.Button, new() { Name = "Ambil percakapan" }).ClickAsync();
        await sari.GetByLabel("Balasan untuk").FillAsync("Halo, saya Sari.");
        await sari.GetByRole(AriaRole.Button, new() { Name = "Kirim balasan" }).ClickAsync();

        Assert.Contains("sedang ditangani budi", await sari.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(twilio.To(SaviraApp.Citizen), message => message.Body == "Halo, saya Sari.");

        await budi.GetByText("Alihkan ke layanan lain").ClickAsync();
        await budi.GetByLabel("Layanan tujuan").SelectOptionAsync("pdam");
        await budi.GetByLabel("Catatan untuk petugas berikutnya").FillAsync("Soal tagihan air, bukan PBB");
        await budi.GetByRole(AriaRole.Button, new() { Name = "Alihkan" }).ClickAsync();
        Assert.Contains("dialihkan ke layanan PDAM", await budi.GetByRole(AriaRole.Status).Last.InnerTextAsync(), StringComparison.Ordinal);
        var card = await budi.Locator("section.card").First.InnerTextAsync();
        Assert.Contains("PDAM", card, StringComparison.Ordinal);
        Assert.Contains("Menunggu", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewRequestsAppearWithoutReloadingAndTheOfficerSeesDeliveryTroubleAndCanHandToOnePerson()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new KestrelSaviraApp(twilio.Settings());
        await app.AddAccountAsync("budi", StaffRole.Officer, Cancel);
        await app.AddAccountAsync("sari", StaffRole.Officer, Cancel, scope: "pbb");
        await app.AddAccountAsync("dewi", StaffRole.Officer, Cancel, scope: "pdam");
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.SignInAsync(app, "budi");
        await page.GotoAsync("/console/kotak-masuk");
        await Assertions.Expect(page.Locator("#waiting-badge")).ToHaveTextAsync("0 menunggu");

        await app.ChatAsync("saya mau bicara dengan petugas soal pbb", Cancel);
        await Assertions.Expect(page.Locator("#waiting-badge")).ToHaveTextAsync("1 menunggu", new() { Timeout = 60_000 });
        Assert.Contains("baru", await page.Locator("section.card h2").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("(1) ", await page.TitleAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Ambil percakapan" }).ClickAsync();
        await page.GetByLabel("Balasan untuk").FillAsync("Sebentar, saya periksa dulu");
        await app.ChatAsync("pak, tagihan saya kok naik?", Cancel);
        await Assertions.Expect(page.Locator("section.card").First).ToContainTextAsync("tagihan saya kok naik?", Waiting);
        Assert.Equal("Sebentar, saya periksa dulu", await page.GetByLabel("Balasan untuk").InputValueAsync()); // typing survives the refresh

        twilio.FailNext(50);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim balasan" }).ClickAsync();
        await Assertions.Expect(page.Locator("section.card").First).ToContainTextAsync("Twilio belum dapat dihubungi", Waiting);

        Assert.DoesNotContain("81234567890", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan nomor dan percakapan tanpa samaran (tercatat di log audit)" }).ClickAsync();
        Assert.Contains("+6281234567890", await page.Locator("section.card").First.InnerTextAsync(), StringComparison.Ordinal);
        using (var connection = app.OpenDatabase())
            Assert.Contains("tanpa samaran", Dapper.SqlMapper.QuerySingle<string>(connection,
                "SELECT detail FROM audit_log WHERE actor = 'budi' AND detail LIKE '%Reveal%' ORDER BY id DESC LIMIT 1"), StringComparison.Ordinal);
        await page.GotoAsync("/console/kotak-masuk");
        Assert.DoesNotContain("81234567890", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal); // for that view only

        await page.GetByText("Alihkan ke layanan lain").ClickAsync();
        var officers = await page.GetByLabel("Petugas tujuan (opsional)").Locator("option").AllInnerTextsAsync();
        Assert.Equal(["Siapa saja di layanan tujuan", "sari"], officers); // dewi serves PDAM only
        await page.GetByLabel("Petugas tujuan (opsional)").SelectOptionAsync("sari");
        await page.GetByRole(AriaRole.Button, new() { Name = "Alihkan" }).ClickAsync();
        Assert.Contains("dialihkan ke sari", await page.GetByRole(AriaRole.Status).Last.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("dialihkan ke sari", await page.Locator("section.card").First.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOfficerSignsInAndAnswersWithTheKeyboardAlone()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new KestrelSaviraApp(twilio.Settings());
        await app.AddAccountAsync("budi", StaffRole.Officer, Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress);

        await page.GotoAsync("/console/masuk");
        await TabToAsync(page, "#name");
        await page.Keyboard.TypeAsync("budi");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Staff.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/console/masuk/siapkan");
        var secret = (await page.Locator("code.secret").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await TabToAsync(page, "#code");
        await page.Keyboard.TypeAsync(Staff.Code(app, secret));
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/console");

        await TabToAsync(page, "a[href='/console/kotak-masuk']");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync("**/console/kotak-masuk");
        await TabToAsync(page, "button:text('Ambil percakapan')");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("section.card").First).ToContainTextAsync("Ditangani budi");
        await TabToAsync(page, "textarea[name=text]");
        await page.Keyboard.TypeAsync("Halo, saya Budi dari Diskominfo.");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await Eventually.TrueAsync(() => twilio.To(SaviraApp.Citizen).Any(message => message.Body == "Halo, saya Budi dari Diskominfo."),
            "the reply typed and sent with the keyboard to reach the citizen");
    }

    /// <summary>Presses Tab until the element is focused: it can be reached from the keyboard, in order.</summary>
    static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.Locator(selector).First.EvaluateAsync<bool>("element => element === document.activeElement"))
                return;
        }
        Assert.Fail($"{selector} on {page.Url} is not reachable with Tab");
    }
}
