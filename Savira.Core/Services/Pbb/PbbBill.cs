namespace Savira.Core.Services.Pbb;

/// <summary>One year's SPPT: the principal, when it falls due, and when it was paid.</summary>
public sealed record PbbBill
{
    public required int Year { get; init; }
    public required long Amount { get; init; } // rupiah
    public required DateOnly DueDate { get; init; }
    public DateOnly? PaidOn { get; init; }
}
