using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Core.Services.Pdam;
using Savira.Core.Services.Regions;

namespace Savira.Bot.Operators;

/// <summary>
/// Reads and checks the JSON body of a create or update:
/// <c>{"kecamatan": "Tembalang", "kelurahan": "Meteseh", "description": "…", "startsAt": "2026-11-30T08:00:00+07:00", "expectedEndAt": "…"}</c>.
/// kecamatan and description are required; kelurahan, startsAt (default: now) and expectedEndAt are optional.
/// A time without an offset is taken as WIB; times are from 2000 to 2099.
/// </summary>
public static class OutageRequest
{
    public const int MaxDescription = 500;
    const int MaxPlaceName = 100;

    public static async Task<(PdamOutageInput? Input, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, CityAreas areas, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (body, problem) = await AdminJson.ReadAsync<Body>(request, cancellationToken);
        if (body is null)
            return (null, problem);

        var errors = new FieldErrors();
        var kecamatan = errors.Required("kecamatan", body.Kecamatan, MaxPlaceName);
        var kelurahan = string.IsNullOrWhiteSpace(body.Kelurahan) ? null : body.Kelurahan.Trim();
        if (kelurahan is { Length: > MaxPlaceName })
            errors.Add("kelurahan", $"At most {MaxPlaceName} characters.");
        var description = errors.Required("description", body.Description, MaxDescription);
        var startsAt = errors.Moment("startsAt", body.StartsAt);
        var expectedEndAt = errors.Moment("expectedEndAt", body.ExpectedEndAt);
        if (expectedEndAt is { } end && end <= (startsAt ?? now))
            errors.Add("expectedEndAt", "Must be later than startsAt.");

        Area? area = null;
        if (kecamatan.Length is > 0 and <= MaxPlaceName)
        {
            area = areas.Find(kecamatan, null);
            if (area is null)
                errors.Add("kecamatan", $"'{kecamatan}' is not a kecamatan of the city.");
            else if (kelurahan is { Length: <= MaxPlaceName } && (area = areas.Find(kecamatan, kelurahan)) is null)
                errors.Add("kelurahan", $"'{kelurahan}' is not a kelurahan of Kecamatan {kecamatan}.");
        }

        if (errors.Any || area is null)
            return (null, errors.ToProblem());
        return (new PdamOutageInput { Area = area, Description = description, StartsAt = startsAt ?? now, ExpectedEndAt = expectedEndAt }, null);
    }

    /// <summary>The body as sent; every field is checked above.</summary>
    public sealed record Body
    {
        public string? Kecamatan { get; init; }
        public string? Kelurahan { get; init; }
        public string? Description { get; init; }
        public string? StartsAt { get; init; }
        public string? ExpectedEndAt { get; init; }
    }
}
