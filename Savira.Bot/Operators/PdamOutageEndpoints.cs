using System.Globalization;
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
