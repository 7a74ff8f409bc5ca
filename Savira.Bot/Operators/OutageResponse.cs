using Savira.Core.Services.Pdam;

namespace Savira.Bot.Operators;

/// <summary>An outage as the admin API shows it; times in ISO 8601 with the WIB offset.</summary>
public sealed record OutageResponse(
    long Id, string Kecamatan, string? Kelurahan, string Description,
    DateTimeOffset StartsAt, DateTimeOffset? ExpectedEndAt, DateTimeOffset? EndedAt, bool Active, DateTimeOffset UpdatedAt)
{
    static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static OutageResponse From(PdamOutage outage) => new(
        outage.Id, outage.Area.Kecamatan, outage.Area.Kelurahan, outage.Description,
        outage.StartsAt.ToOffset(Wib), outage.ExpectedEndAt?.ToOffset(Wib), outage.EndedAt?.ToOffset(Wib), outage.IsOpen,
        outage.UpdatedAt.ToOffset(Wib));
}
