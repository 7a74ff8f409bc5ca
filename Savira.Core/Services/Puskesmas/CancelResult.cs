namespace Savira.Core.Services.Puskesmas;

/// <summary>What "batalkan antrean" did: the ticket it cancelled, or, when it cancelled none, the active tickets to choose from (none or several).</summary>
public sealed record CancelResult(QueueTicket? Cancelled, IReadOnlyList<QueueTicket> Active);
