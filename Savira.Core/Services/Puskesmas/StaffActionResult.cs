namespace Savira.Core.Services.Puskesmas;

public enum StaffOutcome
{
    Done,
    NoneWaiting,
    Paused,
    NotFound,
    NotActive,
}

/// <summary>The result of a staff action; the ticket it touched, if any.</summary>
public sealed record StaffActionResult(StaffOutcome Outcome, QueueTicket? Ticket = null);
