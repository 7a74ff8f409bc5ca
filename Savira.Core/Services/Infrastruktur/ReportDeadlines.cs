using Microsoft.Extensions.Options;
using Savira.Core.Replies;

namespace Savira.Core.Services.Infrastruktur;

/// <summary>
/// When a report's current stage is due: the WIB day it entered the stage plus the stage's working days
/// (<see cref="ReportDeskOptions.Deadlines"/>), weekends and the calendar's holidays skipped. Past that day it is overdue.
/// </summary>
public sealed class ReportDeadlines(HolidayCalendar calendar, IOptionsMonitor<ReportDeskOptions> options, TimeProvider clock)
{
    /// <summary>What the lists need at once: today's WIB date and the holidays, read once per page.</summary>
    public sealed record Today(DateOnly Date, IReadOnlySet<DateOnly> Holidays);

    public Today Now() => new(Wib.Today(clock.GetUtcNow()), calendar.Days());

    public DateOnly? DueDate(InfrastructureReport report, Today today) =>
        ReportStages.IsOpen(report.Status) || report.Status == ReportStages.Done
            ? options.CurrentValue.Deadlines.TryGetValue(report.Status, out var days) && days > 0
                ? WorkingDays.Add(Wib.Today(report.StageSince), days, today.Holidays)
                : null
            : null;

    public bool IsOverdue(InfrastructureReport report, Today today) => DueDate(report, today) is { } due && due < today.Date;
}
