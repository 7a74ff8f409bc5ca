using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Puskesmas;
using Savira.Core.Services.Puskesmas;

namespace Savira.Bot.Operators.Console.Antrean;

/// <summary>
/// The waiting room's TV: per clinic the numbers being called (and to which counter) and the next ones, large, with
/// no sign-in and nothing about any citizen — only ticket numbers. It asks for <see cref="OnGetState"/> every second.
/// </summary>
[AllowAnonymous]
public sealed class DisplayModel(PuskesmasDirectory directory, PuskesmasQueues queues, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public PuskesmasPlace? Place { get; private set; }
    public IReadOnlyList<ClinicView> Clinics { get; private set; } = [];

    public void OnGet()
    {
        if (!Load())
            Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public IActionResult OnGetState()
    {
        Response.Headers.CacheControl = "no-store";
        return Load() ? new JsonResult(new { clinics = Clinics }) : NotFound();
    }

    bool Load()
    {
        Place = directory.Find(Code);
        if (Place is null)
            return false;
        Clinics = [.. ClinicBoard.Today(directory, queues, Code, clock.GetUtcNow()).Select(board => new ClinicView(
            board.Clinic.Code, board.Clinic.Name, board.Clinic.Prefix, board.Clinic.IsPaused, board.Waiting,
            [.. board.Serving.Select(ticket => new CalledView(board.Clinic.Ticket(ticket.Number), ticket.Number, ticket.Counter ?? 1, ticket.Calls))],
            [.. board.Next.Select(ticket => board.Clinic.Ticket(ticket.Number))]))];
        return true;
    }

    /// <summary>What the TV shows of a clinic: ticket numbers only.</summary>
    public sealed record ClinicView(string Code, string Name, string Prefix, bool Paused, int Waiting, IReadOnlyList<CalledView> Serving, IReadOnlyList<string> Next);

    public sealed record CalledView(string Ticket, long Number, long Counter, long Calls);
}
