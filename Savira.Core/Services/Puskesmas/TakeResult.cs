namespace Savira.Core.Services.Puskesmas;

public enum TakeOutcome
{
    Taken,
    AlreadyHolding,
    QuotaFull,
    Paused,
}

/// <summary>What happened to a take-a-number request; the ticket is the new one, or the one already held.</summary>
public sealed record TakeResult(TakeOutcome Outcome, QueueTicket? Ticket = null);
