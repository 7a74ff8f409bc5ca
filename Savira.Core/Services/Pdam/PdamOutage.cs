using Savira.Core.Services.Regions;

namespace Savira.Core.Services.Pdam;

/// <summary>A water outage operators entered: where, why, since when and until when it is expected to last.</summary>
public sealed record PdamOutage
{
    public required long Id { get; init; }
    public required Area Area { get; init; }
    public required string Description { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset? ExpectedEndAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsOpen => EndedAt is null;
}
