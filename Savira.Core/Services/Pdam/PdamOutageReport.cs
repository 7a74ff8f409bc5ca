using Savira.Core.Services.Regions;

namespace Savira.Core.Services.Pdam;

/// <summary>A citizen's report of no water where no outage was known.</summary>
public sealed record PdamOutageReport
{
    public required string Sender { get; init; }
    public Area? Area { get; init; }
    public string? AreaText { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
