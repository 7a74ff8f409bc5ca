namespace Savira.Core.Services.Pdam;

/// <summary>A citizen's outage report as operators list it.</summary>
public sealed record PdamOutageReportRow
{
    public required long Id { get; init; }
    public required string Sender { get; init; }
    public string? Kecamatan { get; init; }
    public string? Kelurahan { get; init; }
    public string? AreaText { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required string CreatedAt { get; init; }
}
