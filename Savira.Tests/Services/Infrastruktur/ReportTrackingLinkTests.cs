using Savira.Tests.Support;

namespace Savira.Tests.Services.Infrastruktur;

/// <summary>
/// The WhatsApp confirmation links to /lapor/{ticket} at the reports' own address, else at Twilio's, else in
/// Development at the host's own; with no address at all it names the ticket and "cek laporan" and no link.
/// </summary>
public sealed class ReportTrackingLinkTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Ticket = "INF-2026-000004"; // the first after the three seeded reports

    static async Task<string> FileAsync(SaviraApp app)
    {
        await app.ChatAsync("lampu jalan mati sudah tiga hari, gang jadi gelap sekali", Cancel);
        await app.ChatAsync("Jl. Pandanaran depan Toko Oen, Semarang Tengah", Cancel);
        var filed = Assert.Single(await app.ChatAsync("lewati", Cancel));
        Assert.Contains($"Nomor tiket: *{Ticket}*", filed, StringComparison.Ordinal);
        return filed;
    }

    [Fact]
    public async Task WithoutAnAddressOfItsOwnTheLinkIsAtTwiliosPublicAddress()
    {
        await using var app = new SaviraApp();

        var filed = await FileAsync(app);
        var status = Assert.Single(await app.ChatAsync($"cek laporan {Ticket}", Cancel));

        Assert.Contains($"Pantau juga di: {SaviraApp.PublicBaseUrl}/lapor/{Ticket}", filed, StringComparison.Ordinal);
        Assert.Contains($"Pantau: {SaviraApp.PublicBaseUrl}/lapor/{Ticket}", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReportsOwnAddressWinsOverTwilios()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Reports:PublicBaseUrl"] = "https://lapor.example.go.id/" });

        var filed = await FileAsync(app);

        Assert.Contains($"Pantau juga di: https://lapor.example.go.id/lapor/{Ticket}", filed, StringComparison.Ordinal);
        Assert.DoesNotContain(SaviraApp.PublicBaseUrl, filed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDevelopmentWithNoPublicAddressTheLinkIsAtTheHostsOwnAddress()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?>
        {
            ["Twilio:PublicBaseUrl"] = "",
            ["Twilio:ValidateSignature"] = "false",
            ["Urls"] = "http://0.0.0.0:5080;http://127.0.0.1:5081",
        }, environment: "Development");

        var filed = await FileAsync(app);

        Assert.Contains($"Pantau juga di: http://localhost:5080/lapor/{Ticket}", filed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDevelopmentTheWebChatGetsTheCompletionPhotoFromTheHostsOwnAddress()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?>
        {
            ["Twilio:PublicBaseUrl"] = "",
            ["Twilio:ValidateSignature"] = "false",
            ["Urls"] = "http://127.0.0.1:5080",
            ["Savira:Admin:ApiKey"] = ServiceChat.AdminKey,
        }, environment: "Development");
        var visitor = app.CreateClient();
        foreach (var text in new[] { "lampu jalan mati sudah tiga hari, gang jadi gelap sekali", "Jl. Pandanaran depan Toko Oen, Semarang Tengah", "lewati" })
            (await visitor.PostJsonAsync("/chat/messages", new { visitor = "tamu-lapor", text }, Cancel)).EnsureSuccessStatusCode();
        using var admin = app.Admin();
        foreach (var body in new[]
        {
            """{"status":"diverifikasi"}""", """{"status":"didisposisikan"}""", """{"status":"diproses"}""",
            $$"""{"status":"selesai","note":"Lampu sudah diganti","photo":"{{Convert.ToBase64String(TestImages.Png)}}"}""",
        })
            (await admin.PutAsync($"/admin/api/reports/{Ticket}/status", ServiceChat.Json(body), Cancel)).EnsureSuccessStatusCode();

        using var pushed = System.Text.Json.JsonDocument.Parse(await visitor.GetStringAsync("/chat/messages?visitor=tamu-lapor&after=0", Cancel));
        var done = pushed.RootElement.GetProperty("messages").EnumerateArray().Last();

        Assert.Contains("Foto hasil pekerjaan terlampir.", done.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains($"Pantau laporan: http://127.0.0.1:5080/lapor/{Ticket}", done.GetProperty("text").GetString(), StringComparison.Ordinal);
        var media = done.GetProperty("media").GetString()!;
        Assert.Matches($@"^http://127\.0\.0\.1:5080/lapor/{Ticket}/foto/\d+$", media);
        using var photo = await visitor.GetAsync(new Uri(media).PathAndQuery, Cancel);
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestImages.Png, await photo.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task WithNoAddressAnywhereTheCitizenGetsTheTicketAndTheStatusCommandButNoLink()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?>
        {
            ["Twilio:PublicBaseUrl"] = "tidak-ada-alamat", // not a URL: never written into a link
            ["Twilio:ValidateSignature"] = "false",
            ["Urls"] = "",
        }, environment: "Development");

        var filed = await FileAsync(app);
        var status = Assert.Single(await app.ChatAsync($"cek laporan {Ticket}", Cancel));

        Assert.Contains($"Cek perkembangannya dengan mengetik *cek laporan {Ticket}*", filed, StringComparison.Ordinal);
        Assert.Contains("Status: *Diterima*", status, StringComparison.Ordinal);
        Assert.DoesNotContain("http", status, StringComparison.Ordinal);
        Assert.DoesNotContain("Pantau", filed, StringComparison.Ordinal);
        Assert.DoesNotContain("http", filed, StringComparison.Ordinal);
        Assert.DoesNotContain("/lapor/", filed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressOfItsOwnThatIsNoUrlStopsTheHostNamingTheKey()
    {
        var outcome = await BotProcess.RunAsync(new Dictionary<string, string>
        {
            ["Savira__Database__Path"] = Path.Combine(Path.GetTempPath(), "savira-tests", Guid.NewGuid().ToString("N"), "savira.db"),
            ["Twilio__AuthToken"] = SaviraApp.AuthToken,
            ["Twilio__PublicBaseUrl"] = SaviraApp.PublicBaseUrl,
            ["Savira__Reports__PublicBaseUrl"] = "lapor.semarangkota.go.id",
        }, ["--urls", "http://127.0.0.1:0"], input: null, TimeSpan.FromSeconds(60), Cancel);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Savira:Reports:PublicBaseUrl", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }
}
