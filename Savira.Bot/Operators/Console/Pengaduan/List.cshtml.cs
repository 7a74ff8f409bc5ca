using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators.Console.Pengaduan;

/// <summary>
/// The report desk's list: an agency's account sees its agency's reports, admins and auditors all; filtered by stage,
/// by kelurahan, and "Lewat tenggat" (past the working-day deadline of their stage) for the agency head and Diskominfo.
/// </summary>
public sealed class ListModel(IReportDesk desk, ReportAgencies agencies, ReportDeadlines deadlines) : PageModel
{
    public string? Stage { get; private set; }
    public bool OnlyOverdue { get; private set; }
    public string? Kelurahan { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<(InfrastructureReport Report, DateOnly? Due, bool Overdue)> Rows { get; private set; } = [];
    public int OverdueCount { get; private set; }
    public ReportDeskOptions Settings => agencies.Settings;

    public void OnGet(string? tahap, string? tenggat, string? kelurahan)
    {
        Stage = ReportStages.Parse(tahap);
        if (!string.IsNullOrWhiteSpace(tahap) && Stage is null)
        {
            Problem = $"Tahap “{tahap}” tidak dikenal. Pilih dari daftar.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        OnlyOverdue = tenggat == "lewat";
        Kelurahan = string.IsNullOrWhiteSpace(kelurahan) ? null : kelurahan.Trim();
        var all = ReportView.Visible(User, desk, agencies, deadlines, Stage).ToList();
        OverdueCount = all.Count(row => row.Overdue);
        Rows = [.. all.Where(row => (!OnlyOverdue || row.Overdue)
            && (Kelurahan is null || string.Equals(row.Report.Kelurahan, Kelurahan, StringComparison.OrdinalIgnoreCase)))];
    }
}
