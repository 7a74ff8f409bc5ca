namespace Savira.Core.Services.Pbb;

/// <summary>One SPPT in the remote endpoint's JSON.</summary>
public sealed record RemoteBill
{
    public int? Year { get; init; }
    public long? Amount { get; init; }
    public DateOnly? DueDate { get; init; }
    public DateOnly? PaidOn { get; init; }
}
