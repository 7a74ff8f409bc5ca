using Savira.Bot.Operators.Access;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
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
        outages.MapPost("/", Create).Accepts<OutageRequest.Body>("application/json");
        outages.MapPut("/{id:long}", Update).Accepts<OutageRequest.Body>("application/json");
        outages.MapPost("/{id:long}/end", End);
        admin.MapGet("/pdam/outage-reports", Reports);
        return outages;
    }

    static Results<Ok<List<OutageResponse>>, ProblemHttpResult> List(SqlitePdamOutages store, string? all = null)
    {
        var errors = new FieldErrors();
        var includeEnded = errors.Flag("all", all);
        return errors.Any ? errors.ToProblem() : TypedResults.Ok(store.List(includeEnded).Select(OutageResponse.From).ToList());
    }

    /// <summary>Citizens' reports of no water where no outage was known; the sender is the operators' to call back.</summary>
    static Results<Ok<IReadOnlyList<PdamOutageReportRow>>, ProblemHttpResult> Reports(SqlitePdamOutages store, string? limit = null)
    {
        var errors = new FieldErrors();
        var count = errors.Limit("limit", limit, 100, 1000);
        return errors.Any ? errors.ToProblem() : TypedResults.Ok(store.Reports(count));
    }

    static Results<Ok<OutageResponse>, ProblemHttpResult> Get(long id, SqlitePdamOutages store) =>
        store.Find(id) is { } outage ? TypedResults.Ok(OutageResponse.From(outage)) : NotFoundProblem(id);

    static async Task<Results<Created<OutageResponse>, ProblemHttpResult>> Create(
        HttpContext http, HttpRequest request, SqlitePdamOutages store, CityAreas areas, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (input, problem) = await OutageRequest.ReadAsync(request, areas, now, cancellationToken);
        if (input is null)
            return problem!;
        var outage = await store.CreateAsync(input, now, cancellationToken);
        http.RecordChange($"pdam outage {outage.Id}", null, OutageResponse.From(outage));
        return TypedResults.Created($"/admin/api/pdam/outages/{outage.Id}", OutageResponse.From(outage));
    }

    static async Task<Results<Ok<OutageResponse>, ProblemHttpResult>> Update(
        long id, HttpContext http, HttpRequest request, SqlitePdamOutages store, CityAreas areas, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (input, problem) = await OutageRequest.ReadAsync(request, areas, now, cancellationToken);
        if (input is null)
            return problem!;
        var before = store.Find(id);
        if (await store.UpdateAsync(id, input, now, cancellationToken) is not { } outage)
            return NotFoundProblem(id);
        http.RecordChange($"pdam outage {id}", before is null ? null : OutageResponse.From(before), OutageResponse.From(outage));
        return TypedResults.Ok(OutageResponse.From(outage));
    }

    static async Task<Results<Ok<OutageResponse>, ProblemHttpResult>> End(
        long id, HttpContext http, SqlitePdamOutages store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var before = store.Find(id);
        if (await store.EndAsync(id, clock.GetUtcNow(), cancellationToken) is not { } outage)
            return NotFoundProblem(id);
        http.RecordChange($"pdam outage {id}", new { before?.EndedAt }, new { outage.EndedAt });
        return TypedResults.Ok(OutageResponse.From(outage));
    }

    static ProblemHttpResult NotFoundProblem(long id) =>
        TypedResults.Problem(string.Create(CultureInfo.InvariantCulture, $"There is no PDAM outage {id}."), statusCode: StatusCodes.Status404NotFound);
}
