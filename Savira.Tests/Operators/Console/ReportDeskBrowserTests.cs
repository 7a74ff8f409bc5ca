using System.Net;
using Dapper;
using Microsoft.Playwright;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>
/// The report desk in a real browser: a report filed on WhatsApp with a pin and a photo walks every stage to Ditutup in
/// the console of the agency it was routed to, each stage reaches the citizen at once, the photo is kept from Twilio,
/// and the public tracking page shows the way without anything personal.
/// </summary>
public sealed class ReportDeskBrowserTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Citizen = SaviraApp.Citizen;
    const string Ticket = "INF-2026-000004";

    static async Task FileReportAsync(SaviraApp app, FakeTwilio twilio)
    {
        await app.ChatAsync("mau lapor jalan rusak", Cancel);
        await app.ChatAsync("Lubang besar di tengah jalan depan sekolah, motor sering jatuh", Cancel);
        var pin = SaviraApp.WhatsAppForm("");
        pin["Latitude"] = "-6.9853";
        pin["Longitude"] = "110.4532";
        pin["Address"] = "Jl. Majapahit, Gayamsari";
        using (var response = await app.PostSignedAsync(pin, Cancel))
            response.EnsureSuccessStatusCode();
        var filed = await app.SendPhotoAsync(twilio.ServeMedia(TestImages.Jpeg), Cancel);
        Assert.Contains($"Nomor tiket: *{Ticket}*", Assert.Single(filed), StringComparison.Ordinal);
        Assert.Contains($"Pantau juga di: https://lapor.example.go.id/lapor/{Ticket}", filed[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportWalksFromTheWebhookToDitutupAndEachStageReachesTheCitizen()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new KestrelSaviraApp(new Dictionary<string, string?>(twilio.Settings()) { ["Savira:Reports:PublicBaseUrl"] = "https://lapor.example.go.id" });
        await app.AddAccountAsync("kepala-dpu", StaffRole.Opd, Cancel, scope: "dpu");
        await FileReportAsync(app, twilio);
        await Eventually.TrueAsync(() => app.Count("report_photos") == 1, "the citizen's photo to be copied from Twilio");
        Assert.Equal($"Basic {Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{FakeTwilio.AccountSid}:{SaviraApp.AuthToken}"))}", Assert.Single(twilio.MediaRequests));

        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress, width: 360);
        await page.SignInAsync(app, "kepala-dpu");
        await page.GotoAsync("/console/pengaduan");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);
        await page.GetByRole(AriaRole.Link, new() { Name = Ticket }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Laporan {Ticket}");
        Assert.Equal(1, await page.Locator("img[alt='Foto kiriman warga']").CountAsync());
        Assert.Contains("Gayamsari", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal); // read from the pin's address
        Assert.DoesNotContain("81234567890", await page.ContentAsync(), StringComparison.Ordinal); // masked for opd staff
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan nomor pelapor tanpa samaran (tercatat di log audit)" }).CountAsync());
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);

        (string Stage, string Note, string Told)[] steps =
        [
            ("Diverifikasi", "Sudah dicek di lokasi", "Tahap terbaru: *Diverifikasi*"),
            ("Didisposisikan", "", "Ditangani oleh: Dinas Pekerjaan Umum"),
            ("Diproses", "Tim menambal Rabu pagi", "Tahap terbaru: *Diproses*"),
            ("Selesai", "Lubang sudah ditambal", "Foto hasil pekerjaan terlampir."),
            ("Ditutup", "", "Tahap terbaru: *Ditutup*"),
        ];
        for (var i = 0; i < steps.Length; i++)
        {
            var (stage, note, told) = steps[i];
            await page.GetByLabel("Tahap berikutnya").SelectOptionAsync(new SelectOptionValue { Label = stage });
            await page.GetByLabel("Catatan atau alasan untuk warga").FillAsync(note);
            if (stage == "Diverifikasi")
                await page.GetByLabel("Kelurahan", new() { Exact = true }).FillAsync("Pandean Lamper");
            if (stage == "Selesai")
                await page.GetByLabel("Foto hasil pekerjaan (wajib untuk Selesai)").SetInputFilesAsync(new FilePayload { Name = "selesai.png", MimeType = "image/png", Buffer = TestImages.Png });
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan tahap" }).ClickAsync();
            await Assertions.Expect(page.Locator("p.ok")).ToContainTextAsync($"Tahap laporan menjadi {stage}");
            await Eventually.TrueAsync(() => twilio.To(Citizen).Count == i + 1, $"the {stage} push to reach the citizen");
            Assert.Contains(told, twilio.To(Citizen)[i].Body, StringComparison.Ordinal);
        }
        await page.AssertAccessibleAsync();
        var done = twilio.To(Citizen)[3];
        Assert.Matches($@"^https://lapor\.example\.go\.id/lapor/{Ticket}/foto/\d+$", done.MediaUrl);
        Assert.Contains("Catatan petugas: Lubang sudah ditambal", done.Body, StringComparison.Ordinal);
        Assert.Equal(5, twilio.To(Citizen).Count);
        var history = await page.GetByRole(AriaRole.Region, new() { Name = "Riwayat laporan" }).InnerTextAsync();
        foreach (var stage in new[] { "Diterima", "Diverifikasi", "Didisposisikan", "Diproses", "Selesai", "Ditutup" })
            Assert.Contains(stage, history, StringComparison.Ordinal);
        Assert.Contains("kepala-dpu", history, StringComparison.Ordinal);

        var track = await browser.NewPageAsync(app.BaseAddress, width: 360); // a citizen, not signed in
        var opened = await track.GotoAsync($"/lapor/{Ticket}");
        Assert.Equal(200, opened!.Status);
        await track.AssertAccessibleAsync();
        await track.AssertFitsAsync(360);
        var html = await track.ContentAsync();
        var text = await track.Locator("main").InnerTextAsync();
        foreach (var stage in new[] { "Diterima", "Diverifikasi", "Didisposisikan", "Diproses", "Selesai", "Ditutup" })
            Assert.Contains(stage, text, StringComparison.Ordinal);
        Assert.Contains("Pandean Lamper, Gayamsari", text, StringComparison.Ordinal);
        Assert.Equal(2, await track.Locator("img").CountAsync());
        foreach (var personal in new[] { "81234567890", "+62", "whatsapp", "Lubang besar di tengah jalan", "Jl. Majapahit", "kepala-dpu", "Sudah dicek di lokasi" })
            Assert.DoesNotContain(personal, html, StringComparison.OrdinalIgnoreCase);
        var photo = await track.Context.APIRequest.GetAsync(new Uri(app.BaseAddress, $"/lapor/{Ticket}/foto/1").ToString());
        Assert.Equal("image/jpeg", photo.Headers["content-type"]);
        Assert.Equal(TestImages.Jpeg, await photo.BodyAsync());

        var unknown = await track.GotoAsync("/lapor/INF-2026-999999");
        Assert.Equal(404, unknown!.Status);
        Assert.Contains("Laporan tidak ditemukan", await track.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await track.AssertAccessibleAsync();
    }

    [Fact]
    public async Task OnlyAnAdminRevealsTheReporterAndAnotherAgencySeesNothing()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("admin-kominfo", StaffRole.Admin, Cancel);
        await app.AddAccountAsync("staf-perkim", StaffRole.Opd, Cancel, scope: "disperkim");
        var admin = app.BrowserClient();
        await admin.SignInAsync(app, "admin-kominfo", Cancel);
        var perkim = app.BrowserClient();
        await perkim.SignInAsync(app, "staf-perkim", Cancel);
        const string Road = "INF-2026-000001"; // DPU's, reported by whatsapp:+6281100000001

        using var other = await perkim.GetAsync($"/console/pengaduan/{Road}", Cancel);
        var perkimList = await perkim.GetStringAsync("/console/pengaduan", Cancel);
        var detail = await admin.GetStringAsync($"/console/pengaduan/{Road}", Cancel);
        using var revealed = await admin.PostFormAsync($"/console/pengaduan/{Road}?handler=Reveal", detail, new Dictionary<string, string>(), Cancel);
        var shown = WebUtility.HtmlDecode(await revealed.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain(Road, perkimList, StringComparison.Ordinal);
        Assert.Contains("INF-2026-000002", perkimList, StringComparison.Ordinal); // the street light is Disperkim's
        Assert.DoesNotContain("6281100000001", detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Contains("whatsapp:+6281100000001", shown, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'POST /console/pengaduan/{ticket}' AND detail LIKE '%nomor pelapor tanpa samaran%'"));

        // An opd account that sends the admin's form anyway is refused and sees no number; the audit log keeps no reveal for it.
        var own = await perkim.GetStringAsync("/console/pengaduan/INF-2026-000002", Cancel);
        using var refused = await perkim.PostFormAsync("/console/pengaduan/INF-2026-000002?handler=Reveal", own, new Dictionary<string, string>(), Cancel);
        var refusal = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Hanya admin yang dapat menampilkan nomor pelapor tanpa samaran.", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("6281100000002", refusal, StringComparison.Ordinal);
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'POST /console/pengaduan/{ticket}' AND detail LIKE '%nomor pelapor tanpa samaran%'"));
    }

    [Fact]
    public async Task TheAreaHolidayAndOverduePagesAreAccessibleOnAPhoneAndAnUploadThatIsNoPhotoIsRefused()
    {
        await using var app = new KestrelSaviraApp();
        await app.AddAccountAsync("admin-kominfo", StaffRole.Admin, Cancel);
        await using var browser = await ConsoleBrowser.LaunchAsync();
        var page = await browser.NewPageAsync(app.BaseAddress, width: 360);
        await page.SignInAsync(app, "admin-kominfo");

        await page.GotoAsync("/console/pengaduan/INF-2026-000001"); // diproses: Selesai is next
        await page.GetByLabel("Foto hasil pekerjaan (wajib untuk Selesai)").SetInputFilesAsync(
            new FilePayload { Name = "foto.jpg", MimeType = "image/jpeg", Buffer = "bukan foto, hanya teks"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan tahap" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.error")).ToContainTextAsync("Berkas itu bukan gambar yang dikenali");
        var large = new byte[5 * 1024 * 1024 + 1];
        TestImages.Png.CopyTo(large, 0);
        await page.GetByLabel("Foto hasil pekerjaan (wajib untuk Selesai)").SetInputFilesAsync(new FilePayload { Name = "besar.png", MimeType = "image/png", Buffer = large });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan tahap" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.error")).ToContainTextAsync("Foto terlalu besar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan tahap" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.error")).ToContainTextAsync("Tahap Selesai memerlukan foto hasil pekerjaan");
        await page.AssertAccessibleAsync();
        Assert.Equal(0, app.Count("report_photos"));

        await page.GotoAsync("/console/pengaduan/wilayah");
        Assert.Contains("Kecamatan Pedurungan: 1 terbuka", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);

        await page.GotoAsync("/console/hari-libur");
        await page.GetByLabel("Tanggal").FillAsync("2027-03-10");
        await page.GetByLabel("Nama").FillAsync("Hari Suci Nyepi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.ok")).ToContainTextAsync("tercatat sebagai hari libur: Hari Suci Nyepi");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);

        await page.GotoAsync("/console/pengaduan?tenggat=lewat");
        await page.AssertAccessibleAsync();
        await page.AssertFitsAsync(360);
    }

    [Fact]
    public async Task AStageFormSentTwiceChangesAndTellsOnceAndAFreshFormGoesOn()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("staf-dpu", StaffRole.Opd, Cancel, scope: "dpu");
        var client = app.BrowserClient();
        await client.SignInAsync(app, "staf-dpu", Cancel);
        const string Drain = "/console/pengaduan/INF-2026-000003"; // diterima

        var page = await client.GetStringAsync(Drain, Cancel);
        var form = new Dictionary<string, string> { ["kunci"] = RequestKey(page), ["tahap"] = "diverifikasi", ["catatan"] = "Sudah dicek" };
        using var first = await client.PostFormAsync($"{Drain}?handler=Stage", page, form, Cancel);
        using var again = await client.PostFormAsync($"{Drain}?handler=Stage", page, form, Cancel); // a double press, a resent form
        var answer = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync(Cancel));
        using var fresh = await client.PostFormAsync($"{Drain}?handler=Stage", answer,
            new Dictionary<string, string> { ["kunci"] = RequestKey(answer), ["tahap"] = "didisposisikan" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("sudah tersimpan sebelumnya; warga tidak dikirimi pesan lagi", answer, StringComparison.Ordinal);
        Assert.Contains("Tahap laporan menjadi Didisposisikan", WebUtility.HtmlDecode(await fresh.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal(["diterima", "diverifikasi", "didisposisikan"], connection.Query<string>("SELECT stage FROM report_history WHERE ticket_number = 'INF-2026-000003' ORDER BY id"));
        Assert.Equal(2, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'report-stage:%'"));
    }

    static string RequestKey(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"kunci\" value=\"([0-9a-f]{32})\"").Groups[1].Value is { Length: 32 } key
            ? key
            : throw new InvalidOperationException("no request key in the report page");
}
