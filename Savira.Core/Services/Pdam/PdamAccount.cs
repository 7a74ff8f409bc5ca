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

    /// <summary>The customer's NIK (16 digits), when on file: its last four digits unlock <see cref="Address"/>. Never shown or logged.</summary>
    public string? OwnerNik { get; init; }
}
