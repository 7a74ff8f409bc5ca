using System.Globalization;
using System.Text.Json;
using Savira.Core.Replies;
using Savira.Core.Services.Pdam;
using Savira.Core.Services.Regions;

namespace Savira.Bot.Operators;

/// <summary>
/// Reads and checks the JSON body of a create or update:
/// <c>{"kecamatan": "Tembalang", "kelurahan": "Meteseh", "description": "…", "startsAt": "2026-11-30T08:00:00+07:00", "expectedEndAt": "…"}</c>.
/// kecamatan and description are required; kelurahan, startsAt (default: now) and expectedEndAt are optional.
/// A time without an offset is taken as WIB.
/// </summary>
public static class OutageRequest
{
    public static async Task<(PdamOutageInput? Input, Dictionary<string, string[]> Errors)> ReadAsync(
        HttpRequest request, CityAreas areas, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            errors["body"] = ["The body must be a JSON object."];
            return (null, errors);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors["body"] = ["The body must be a JSON object."];
                return (null, errors);
            }

            var kecamatan = Text(root, "kecamatan", required: true, errors);
            var kelurahan = Text(root, "kelurahan", required: false, errors);
            var description = Text(root, "description", required: true, errors);
            var startsAt = Moment(root, "startsAt", errors) ?? now;
            var expectedEndAt = Moment(root, "expectedEndAt", errors);
            if (description is { Length: > 500 })
                errors["description"] = ["At most 500 characters."];
            if (expectedEndAt is { } end && end <= startsAt)
                errors["expectedEndAt"] = ["Must be later than startsAt."];

            Area? area = null;
            if (kecamatan is not null)
            {
                area = areas.Find(kecamatan, null);
                if (area is null)
                    errors["kecamatan"] = [$"'{kecamatan}' is not a kecamatan of the city."];
                else if (kelurahan is not null && (area = areas.Find(kecamatan, kelurahan)) is null)
                    errors["kelurahan"] = [$"'{kelurahan}' is not a kelurahan of Kecamatan {kecamatan}."];
            }

            if (errors.Count > 0 || area is null || description is null)
                return (null, errors);
            return (new PdamOutageInput { Area = area, Description = description, StartsAt = startsAt, ExpectedEndAt = expectedEndAt }, errors);
        }
    }

    static string? Text(JsonElement root, string name, bool required, Dictionary<string, string[]> errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                errors[name] = ["This field is required."];
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            errors[name] = ["Must be a string."];
            return null;
        }
        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            if (required)
                errors[name] = ["This field is required."];
            return null;
        }
        return text;
    }

    static DateTimeOffset? Moment(JsonElement root, string name, Dictionary<string, string[]> errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local.Kind == DateTimeKind.Unspecified)
            return Wib.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
            return moment;
        errors[name] = ["Must be a date and time in ISO 8601, e.g. 2026-11-30T08:00:00+07:00."];
        return null;
    }
}
