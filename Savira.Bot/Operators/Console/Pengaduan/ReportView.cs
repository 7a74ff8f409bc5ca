using System.Security.Claims;
using Savira.Core.Replies;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators.Console.Pengaduan;

/// <summary>How the report desk pages show a report's deadline and dates.</summary>
public static class ReportView
{
    /// <summary>The reports this account may see, with their due date.</summary>
    public static IEnumerable<(InfrastructureReport Report, DateOnly? Due, bool Overdue)> Visible(
        ClaimsPrincipal user, IReportDesk desk, ReportAgencies agencies, ReportDeadlines deadlines, string? stage)
    {
        var today = deadlines.Now();
        return desk.List(stage).Where(report => agencies.Sees(user, report))
            .Select(report => (report, deadlines.DueDate(report, today), deadlines.IsOverdue(report, today)));
    }

    public static string Day(DateTimeOffset moment) => IndonesianFormat.Date(Wib.Today(moment));

    public static string Due(DateOnly? due) => due is { } day ? IndonesianFormat.Date(day) : "—";

    public static string Place(InfrastructureReport report) =>
        string.Join(", ", new[] { report.Kelurahan, report.Kecamatan }.Where(part => !string.IsNullOrWhiteSpace(part))) is { Length: > 0 } place
            ? place : "Belum ditentukan";
}
