using Savira.Core.Replies;
using Savira.Core.Services.Pdam;

namespace Savira.Bot.Operators;

/// <summary>An outage as the admin API shows it; times in ISO 8601 with the WIB offset.</summary>
public sealed record OutageResponse(
    long Id, string Kecamatan, string? Kelurahan, string Description,
    DateTimeOffset StartsAt, DateTimeOffset? ExpectedEndAt, DateTimeOffset? EndedAt, bool Active, DateTimeOffset UpdatedAt)
{
    public static OutageResponse From(PdamOutage outage) => new(
        outage.Id, outage.Area.Kecamatan, outage.Area.Kelurahan, outage.Description,
        Wib.ToWib(outage.StartsAt), outage.ExpectedEndAt is { } end ? Wib.ToWib(end) : null, outage.EndedAt is { } ended ? Wib.ToWib(ended) : null, outage.IsOpen,
        Wib.ToWib(outage.UpdatedAt));
}
