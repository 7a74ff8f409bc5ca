namespace Savira.Core.Services.Pdam;

/// <summary>A PDAM customer and their latest bills, newest first.</summary>
public sealed record PdamAccount
{
    public required string CustomerNumber { get; init; }
    public required string Name { get; init; }
    public required string Address { get; init; }
    public required string Kelurahan { get; init; }
    public required string Kecamatan { get; init; }
    public required string Tariff { get; init; }
    public required IReadOnlyList<PdamBill> Bills { get; init; }
}

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
