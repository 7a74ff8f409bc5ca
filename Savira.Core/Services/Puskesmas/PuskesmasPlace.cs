namespace Savira.Core.Services.Puskesmas;

/// <summary>One puskesmas: where it is and how citizens may call it.</summary>
public sealed record PuskesmasPlace
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Kecamatan { get; init; }
    public required string Address { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
}
