using Savira.Core.Services.Regions;

namespace Savira.Core.Services.Pdam;

/// <summary>What an operator enters about an outage; the store fills in the times it owns.</summary>
public sealed record PdamOutageInput
{
    public required Area Area { get; init; }
    public required string Description { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset? ExpectedEndAt { get; init; }
}
