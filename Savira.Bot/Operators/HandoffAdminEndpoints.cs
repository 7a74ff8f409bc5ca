using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Core.Services.Handoff;

namespace Savira.Bot.Operators;

/// <summary>/admin/api/handoffs: citizens waiting for an officer, with their recent conversation; releasing one lets the bot answer again.</summary>
public static class HandoffAdminEndpoints
{
    const int TranscriptLines = 20;

    public static RouteGroupBuilder MapHandoffAdmin(this RouteGroupBuilder admin)
    {
        var handoffs = admin.MapGroup("/handoffs");
        handoffs.MapGet("/", ListOpen);
        handoffs.MapPost("/{id:long}/release", Release);
        return admin;
    }

    static Ok<List<OpenHandoff>> ListOpen(IHandoffDesk desk, TimeProvider clock) =>
        TypedResults.Ok(desk.Open(clock.GetUtcNow())
            .Select(request => new OpenHandoff(request, desk.Transcript(request.Sender, TranscriptLines)))
            .ToList());

    static async Task<IResult> Release(long id, IHandoffDesk desk, CancellationToken cancellationToken) =>
        await desk.ReleaseAsync(id, "admin-api", cancellationToken) switch
        {
            ReleaseOutcome.Released => TypedResults.Ok(desk.Find(id)),
            ReleaseOutcome.AlreadyClosed => TypedResults.Problem($"Handoff {id} was already released or has timed out.", statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem($"There is no handoff {id}.", statusCode: StatusCodes.Status404NotFound),
        };

    sealed record OpenHandoff(HandoffRequest Request, IReadOnlyList<TranscriptLine> Transcript);
}
