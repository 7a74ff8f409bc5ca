namespace Savira.Core.Services.Puskesmas;

public enum StaffOutcome
{
    Done,
    NoneWaiting,
    Paused,
    NotFound,
    NotActive,
    NoneServing,
}

/// <summary>The result of a staff action; the ticket it touched, if any, and the one the counter served before (a call finishes it).</summary>
public sealed record StaffActionResult(StaffOutcome Outcome, QueueTicket? Ticket = null, QueueTicket? Before = null);
