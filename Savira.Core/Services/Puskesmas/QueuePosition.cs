namespace Savira.Core.Services.Puskesmas;

/// <summary>Where a ticket stands: how many wait before it, who is being served, and when its turn should come.</summary>
public sealed record QueuePosition
{
    public required QueueTicket Ticket { get; init; }
    public required PuskesmasPlace Place { get; init; }
    public required Clinic Clinic { get; init; }
    public required long Ahead { get; init; }
    public long? Serving { get; init; }
    public required DateTimeOffset EstimatedAt { get; init; }
    public required double MinutesPerPatient { get; init; }
}
