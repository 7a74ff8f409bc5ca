using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Infrastruktur;
using Savira.Tests.Support;

namespace Savira.Tests.Services.Infrastruktur;

/// <summary>
/// Deadlines count working days: weekends and the holidays of the calendar admins keep are skipped, and a report past
/// its stage's deadline is listed as "Lewat tenggat".
/// </summary>
public sealed class ReportDeadlineTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static DateTimeOffset Wib(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    static async Task<string> FileAsync(SaviraApp app, DateTimeOffset at) =>
        (await app.Services.GetRequiredService<IReportDesk>().FileAsync(new NewReport
        {
            Sender = "whatsapp:+6281200000042", Category = "jalan", Description = "Jalan amblas dekat jembatan", Address = "Jl. Kaligawe, Genuk", CreatedAt = at,
        }, Effects.NewKey(), Cancel)).TicketNumber;

    static async Task<List<string>> OverdueAsync(HttpClient client) =>
        [.. JsonDocument.Parse(await client.GetStringAsync("/admin/api/reports?overdue=true", Cancel)).RootElement.EnumerateArray()
            .Select(report => report.GetProperty("ticketNumber").GetString()!)];

    [Fact]
    public void ThreeWorkingDaysFromTheTuesdayBeforeChristmasSkipTheCutiBersamaTheHolidayAndTheWeekend()
    {
        HashSet<DateOnly> holidays = [new(2026, 12, 24), new(2026, 12, 25)];

        Assert.Equal(new DateOnly(2026, 12, 29), WorkingDays.Add(new DateOnly(2026, 12, 22), 3, holidays)); // Wed 23, Mon 28, Tue 29
        Assert.Equal(new DateOnly(2026, 12, 7), WorkingDays.Add(new DateOnly(2026, 12, 4), 1, holidays));   // Friday → Monday
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2026, 12, 24), holidays));
    }

    [Fact]
    public async Task AReportReceivedBeforeChristmasIsOverdueOnlyAfterTheSeededHolidaysAndTheWeekend()
    {
        await using var app = ServiceChat.NewApp();
        using var admin = app.Admin();
        var ticket = await FileAsync(app, Wib(12, 22, 9)); // Tuesday; 24 (cuti bersama) and 25 December are seeded

        app.Clock.SetUtcNow(Wib(12, 29, 16)); // the third working day: due today
        var dueToday = await OverdueAsync(admin);
        app.Clock.SetUtcNow(Wib(12, 30, 8));
        var dayAfter = await OverdueAsync(admin);

        Assert.DoesNotContain(ticket, dueToday);
        Assert.Contains(ticket, dayAfter);
        Assert.Contains("INF-2026-000003", dayAfter); // the seeded report, received on 25 November, was never verified
    }

    [Fact]
    public async Task AHolidayTheAdminAddsMovesTheDeadlineAndAnInvalidDateIsExplained()
    {
        await using var app = ServiceChat.NewApp();
        using var api = app.Admin();
        app.Clock.SetUtcNow(Wib(12, 1, 8));
        await app.AddAccountAsync("admin-libur", StaffRole.Admin, Cancel);
        var browser = app.BrowserClient();
        await browser.SignInAsync(app, "admin-libur", Cancel);
        var ticket = await FileAsync(app, Wib(12, 22, 9));
        var overdueList = WebUtility.HtmlDecode(await browser.GetStringAsync("/console/pengaduan?tenggat=lewat", Cancel));

        var page = await browser.GetStringAsync("/console/hari-libur", Cancel);
        using var invalid = await browser.PostFormAsync("/console/hari-libur?handler=Add", page,
            new Dictionary<string, string> { ["tanggal"] = "2026-12-32", ["nama"] = "Libur daerah" }, Cancel);
        using var added = await browser.PostFormAsync("/console/hari-libur?handler=Add", page,
            new Dictionary<string, string> { ["tanggal"] = "2026-12-29", ["nama"] = "Cuti bersama tambahan" }, Cancel);
        app.Clock.SetUtcNow(Wib(12, 30, 8));
        var overdue = await OverdueAsync(api);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Tanggal “2026-12-32” tidak valid", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Cuti bersama tambahan", WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.DoesNotContain(ticket, overdue); // due on 30 December now
        Assert.Contains("INF-2026-000003", overdueList, StringComparison.Ordinal); // received 25 November, due 30 November
        Assert.DoesNotContain(ticket, overdueList, StringComparison.Ordinal);
    }
}
