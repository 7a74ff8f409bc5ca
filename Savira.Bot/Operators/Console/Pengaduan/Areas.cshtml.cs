using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators.Console.Pengaduan;

/// <summary>Open reports this account may see, grouped by kecamatan and kelurahan with their counts (a list, no map tiles).</summary>
public sealed class AreasModel(IReportDesk desk, ReportAgencies agencies, ReportDeadlines deadlines) : PageModel
{
    public sealed record Area(string Kecamatan, int Open, int Overdue, IReadOnlyList<(string Kelurahan, int Open, int Overdue)> Kelurahan);

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public void OnGet()
    {
        var open = ReportView.Visible(User, desk, agencies, deadlines, null).Where(row => ReportStages.IsOpen(row.Report.Status)).ToList();
        Areas = [.. open.GroupBy(row => row.Report.Kecamatan ?? "Belum ditentukan")
            .OrderBy(group => group.Key == "Belum ditentukan").ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new Area(group.Key, group.Count(), group.Count(row => row.Overdue),
                [.. group.GroupBy(row => row.Report.Kelurahan ?? "Belum ditentukan").OrderBy(inner => inner.Key, StringComparer.Ordinal)
                    .Select(inner => (inner.Key, inner.Count(), inner.Count(row => row.Overdue)))]))];
    }
}
