using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Services.Infrastruktur;
using Savira.Tests.Support;

namespace Savira.Tests.Services.Infrastruktur;

/// <summary>
/// A report left at Selesai is closed by the host's background job once the stage's 10 working days have passed
/// (weekends and the holiday calendar skipped), with one history line and one push to the citizen, and never twice.
/// </summary>
public sealed class ReportAutoCloseTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Drain = "INF-2026-000003";          // seeded as diterima, reported by whatsapp:+6281100000003
    const string StreetLight = "INF-2026-000002";    // seeded as selesai since Thursday 26 November
    const string Reporter = "whatsapp:+6281100000003";

    static DateTimeOffset Wib(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    static string StageOf(SaviraApp app, string ticket)
    {
        using var connection = app.OpenDatabase();
        return connection.ExecuteScalar<string>("SELECT status FROM infrastructure_reports WHERE ticket_number = @ticket", new { ticket })!;
    }

    static List<(string Stage, string Actor, string? Note)> History(SaviraApp app, string ticket)
    {
        using var connection = app.OpenDatabase();
        return [.. connection.Query<(string, string, string?)>("SELECT stage, actor, note FROM report_history WHERE ticket_number = @ticket ORDER BY id", new { ticket })];
    }

    static async Task WalkToSelesaiAsync(HttpClient admin, string ticket)
    {
        foreach (var body in new[]
        {
            """{"status":"diverifikasi","note":"Sudah dicek di lokasi"}""",
            """{"status":"didisposisikan"}""",
            """{"status":"diproses"}""",
            $$"""{"status":"selesai","note":"Saluran sudah dibersihkan","photo":"{{Convert.ToBase64String(TestImages.Png)}}"}""",
        })
        {
            using var response = await admin.PutAsync($"/admin/api/reports/{ticket}/status", ServiceChat.Json(body), Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task ASelesaiOfFridayTheEleventhIsClosedOnTheThirtiethAfterTwoWeekendsAndChristmasAndToldOnce()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new KestrelSaviraApp(new Dictionary<string, string?>(twilio.Settings(templateSid: "HX0123456789abcdef0123456789abcdef"))
        {
            ["Savira:Admin:ApiKey"] = ServiceChat.AdminKey,
        });
        using var admin = app.Admin();
        var desk = app.Services.GetRequiredService<IReportDesk>();
        var holidays = app.Services.GetRequiredService<HolidayCalendar>().Days();

        app.Clock.SetUtcNow(Wib(12, 11, 9)); // Friday
        await WalkToSelesaiAsync(admin, Drain);
        await Eventually.TrueAsync(() => twilio.To(Reporter).Count == 4, "the four stage pushes to reach the citizen");
        Assert.Contains("Laporan akan ditutup otomatis 10 hari kerja setelah ini.", Stage(twilio, 3), StringComparison.Ordinal);

        // Mon 14 – Wed 23 are eight working days, 24 (cuti bersama) and 25 December are holidays, Mon 28 and Tue 29 the ninth and tenth.
        app.Clock.SetUtcNow(Wib(12, 29, 16));
        var onTheTenthDay = await desk.CloseUnrepliedAsync(holidays, Cancel);
        Assert.DoesNotContain(Drain, onTheTenthDay);
        Assert.Equal(ReportStages.Done, StageOf(app, Drain));

        app.Clock.SetUtcNow(Wib(12, 30, 8)); // the hourly pass of the host's job runs on its own
        await Eventually.TrueAsync(() => StageOf(app, Drain) == ReportStages.Closed, "the background job to close the report");
        await Eventually.TrueAsync(() => twilio.To(Reporter).Count == 5, "the closing to reach the citizen");

        app.Clock.SetUtcNow(Wib(12, 31, 9)); // later passes find nothing left to do
        Assert.Empty(await desk.CloseUnrepliedAsync(holidays, Cancel));
        await Task.Delay(TimeSpan.FromSeconds(1), Cancel); // time for the job's own pass, which must not push again
        var closing = History(app, Drain).Last();
        Assert.Equal((ReportStages.Closed, SqliteReportDesk.AutoCloseActor), (closing.Stage, closing.Actor));
        Assert.StartsWith("Ditutup otomatis", closing.Note, StringComparison.Ordinal);
        Assert.Single(History(app, Drain), line => line.Stage == ReportStages.Closed);
        Assert.Equal(5, twilio.To(Reporter).Count);
        var told = Stage(twilio, 4);
        Assert.Contains($"Kabar laporan {Drain}", told, StringComparison.Ordinal);
        Assert.Contains("Tahap terbaru: *Ditutup*", told, StringComparison.Ordinal);
        Assert.Contains("Laporan ditutup otomatis 10 hari kerja setelah penanganan selesai.", told, StringComparison.Ordinal);
        Assert.Contains($"Pantau laporan: {SaviraApp.PublicBaseUrl}/lapor/{Drain}", told, StringComparison.Ordinal); // Twilio's address, the reports' own being empty

        // The seeded street light, Selesai since 26 November, was due on 10 December: closed by the pass of the 11th, once.
        Assert.Equal(ReportStages.Closed, StageOf(app, StreetLight));
        Assert.Single(History(app, StreetLight), line => line.Stage == ReportStages.Closed);
        Assert.Single(twilio.To("whatsapp:+6281100000002"));
        var detail = JsonDocument.Parse(await admin.GetStringAsync($"/admin/api/reports/{Drain}", Cancel)).RootElement;
        Assert.Equal("ditutup", detail.GetProperty("status").GetString());

        string Stage(FakeTwilio fake, int index) // outside the 24-hour window Twilio gets the template; the text is the outbox's
        {
            Assert.NotNull(fake.To(Reporter)[index].ContentSid);
            using var connection = app.OpenDatabase();
            return connection.Query<string>("SELECT body FROM outbox WHERE recipient = @Reporter ORDER BY id", new { Reporter }).ElementAt(index);
        }
    }

    [Fact]
    public async Task AnOfficerWhoClosesFirstWinsAndNoDeadlineForSelesaiMeansNoAutomaticClosing()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?>
        {
            ["Savira:Admin:ApiKey"] = ServiceChat.AdminKey,
            ["Savira:Reports:Deadlines:selesai"] = "0",
        });
        using var admin = app.Admin();
        var desk = app.Services.GetRequiredService<IReportDesk>();
        var holidays = app.Services.GetRequiredService<HolidayCalendar>().Days();

        app.Clock.SetUtcNow(Wib(12, 30, 8));
        Assert.Empty(await desk.CloseUnrepliedAsync(holidays, Cancel));
        Assert.Equal(ReportStages.Done, StageOf(app, StreetLight));

        await using var withDeadline = new SaviraApp(new Dictionary<string, string?> { ["Savira:Admin:ApiKey"] = ServiceChat.AdminKey });
        using var officer = withDeadline.Admin();
        using var closed = await officer.PutAsync($"/admin/api/reports/{StreetLight}/status", ServiceChat.Json("""{"status":"ditutup","note":"Warga sudah konfirmasi"}"""), Cancel);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        withDeadline.Clock.SetUtcNow(Wib(12, 30, 8));
        Assert.Empty(await withDeadline.Services.GetRequiredService<IReportDesk>().CloseUnrepliedAsync(holidays, Cancel));
        Assert.Equal([("ditutup", "Warga sudah konfirmasi")],
            History(withDeadline, StreetLight).Where(line => line.Stage == ReportStages.Closed).Select(line => (line.Stage, line.Note)));
    }
}
