using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Savira.Core.Services.Pdam;
using Savira.Core.Services.Regions;

namespace Savira.Bot.Operators;

/// <summary>
/// Operators manage PDAM outages: list, read, create, update and end. The citizen dialogue reads the same
/// table, so a change shows in the next message. Every field is checked before anything is written.
/// </summary>
public static class PdamOutageEndpoints
{
    public static RouteGroupBuilder MapPdamOutages(this RouteGroupBuilder admin)
    {
        var outages = admin.MapGroup("/pdam/outages");
        outages.MapGet("/", List);
        outages.MapGet("/{id:long}", Get);
        outages.MapPost("/", Create);
        outages.MapPut("/{id:long}", Update);
        outages.MapPost("/{id:long}/end", End);
        admin.MapGet("/pdam/outage-reports", Reports);
        return outages;
    }

    static Ok<List<OutageResponse>> List(SqlitePdamOutages store, bool all = false) =>
        TypedResults.Ok(store.List(includeEnded: all).Select(OutageResponse.From).ToList());

    /// <summary>Citizens' reports of no water where no outage was known; the sender is the operators' to call back.</summary>
    static Ok<IReadOnlyList<PdamOutageReportRow>> Reports(SqlitePdamOutages store, int limit = 100) =>
        TypedResults.Ok(store.Reports(Math.Clamp(limit, 1, 1000)));

    static Results<Ok<OutageResponse>, NotFound<ProblemDetails>> Get(long id, SqlitePdamOutages store) =>
        store.Find(id) is { } outage ? TypedResults.Ok(OutageResponse.From(outage)) : NotFoundProblem(id);

    static async Task<Results<Created<OutageResponse>, ValidationProblem>> Create(
        HttpRequest request, SqlitePdamOutages store, CityAreas areas, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (input, errors) = await OutageRequest.ReadAsync(request, areas, now, cancellationToken);
        if (input is null)
            return TypedResults.ValidationProblem(errors);
        var outage = await store.CreateAsync(input, now, cancellationToken);
        return TypedResults.Created($"/admin/api/pdam/outages/{outage.Id}", OutageResponse.From(outage));
    }

    static async Task<Results<Ok<OutageResponse>, NotFound<ProblemDetails>, ValidationProblem>> Update(
        long id, HttpRequest request, SqlitePdamOutages store, CityAreas areas, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (input, errors) = await OutageRequest.ReadAsync(request, areas, now, cancellationToken);
        if (input is null)
            return TypedResults.ValidationProblem(errors);
        return await store.UpdateAsync(id, input, now, cancellationToken) is { } outage
            ? TypedResults.Ok(OutageResponse.From(outage))
            : NotFoundProblem(id);
    }

    static async Task<Results<Ok<OutageResponse>, NotFound<ProblemDetails>>> End(
        long id, SqlitePdamOutages store, TimeProvider clock, CancellationToken cancellationToken) =>
        await store.EndAsync(id, clock.GetUtcNow(), cancellationToken) is { } outage
            ? TypedResults.Ok(OutageResponse.From(outage))
            : NotFoundProblem(id);

    static NotFound<ProblemDetails> NotFoundProblem(long id) =>
        TypedResults.NotFound(new ProblemDetails
        {
            Title = "Not Found",
            Status = StatusCodes.Status404NotFound,
            Detail = string.Create(CultureInfo.InvariantCulture, $"There is no PDAM outage {id}."),
        });
}

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

/// <summary>
/// Reads and checks the JSON body of a create or update:
/// <c>{"kecamatan": "Tembalang", "kelurahan": "Meteseh", "description": "…", "startsAt": "2026-11-30T08:00:00+07:00", "expectedEndAt": "…"}</c>.
/// kecamatan and description are required; kelurahan, startsAt (default: now) and expectedEndAt are optional.
/// A time without an offset is taken as WIB.
/// </summary>
public static class OutageRequest
{
    static readonly TimeSpan Wib = TimeSpan.FromHours(7);

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
            return new DateTimeOffset(local, Wib);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
            return moment;
        errors[name] = ["Must be a date and time in ISO 8601, e.g. 2026-11-30T08:00:00+07:00."];
        return null;
    }
}
