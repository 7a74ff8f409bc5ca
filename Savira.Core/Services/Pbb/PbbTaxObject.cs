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

    /// <summary>The owner's NIK (16 digits), when on file: its last four digits unlock <see cref="Address"/>. Never shown or logged.</summary>
    public string? OwnerNik { get; init; }
}
