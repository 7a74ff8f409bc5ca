namespace Savira.Core.Services.Pdam;

/// <summary>One month's water bill.</summary>
public sealed record PdamBill
{
    public required int Year { get; init; }
    public required int Month { get; init; }
    public required long UsageM3 { get; init; }
    public required long Amount { get; init; } // rupiah
    public required DateOnly DueDate { get; init; }
    public DateOnly? PaidOn { get; init; }
}
