namespace Savira.Core.Services.Pbb;

/// <summary>A PBB tax object (land and building) and its SPPT, as the tax office's records hold them.</summary>
public sealed record PbbTaxObject
{
    /// <summary>18 digits, no dots.</summary>
    public required string Nop { get; init; }
    public required string OwnerName { get; init; }
    public required string Address { get; init; }
    public required string Kelurahan { get; init; }
    public required string Kecamatan { get; init; }
    public required long LandArea { get; init; } // m²
    public required long BuildingArea { get; init; } // m²
    public required IReadOnlyList<PbbBill> Bills { get; init; }
}

/// <summary>One year's SPPT: the principal, when it falls due, and when it was paid.</summary>
public sealed record PbbBill
{
    public required int Year { get; init; }
    public required long Amount { get; init; } // rupiah
    public required DateOnly DueDate { get; init; }
    public DateOnly? PaidOn { get; init; }
}
