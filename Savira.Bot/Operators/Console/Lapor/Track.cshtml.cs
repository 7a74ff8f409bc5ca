using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators.Console.Lapor;

/// <summary>
/// The citizen's tracking page, /lapor/{ticket}, open without signing in: category, kelurahan, the stages with their
/// dates and the photos. Nothing personal: not the reporter's number, nor the description or address they typed, nor
/// the notes staff wrote (they may name people).
/// </summary>
[AllowAnonymous]
public sealed class TrackModel(IReportDesk desk, IOptionsMonitor<ReportDeskOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Ticket { get; set; } = "";

    public InfrastructureReport? Report { get; private set; }
    public IReadOnlyList<ReportEvent> Stages { get; private set; } = [];
    public IReadOnlyList<ReportPhoto> Photos { get; private set; } = [];
    public ReportDeskOptions Settings => options.CurrentValue;

    public IActionResult OnGet()
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        Report = Ticket.Length <= 32 ? desk.Find(Ticket.ToUpperInvariant()) : null;
        if (Report is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Stages = [.. desk.History(Report.TicketNumber).Where(line => line.Kind == ReportEvent.StageKind)];
        Photos = desk.Photos(Report.TicketNumber);
        return Page();
    }
}
