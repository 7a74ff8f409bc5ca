using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Bot.Operators.Access;
using Savira.Core.Data;
using Savira.Core.Privacy;
using Savira.Core.Replies;
using Savira.Core.Services.Puskesmas;

namespace Savira.Bot.Operators.Puskesmas;

/// <summary>
/// The staff side of the puskesmas queue, under /admin/api/puskesmas/{code}: list the day's queue, call the
/// next number to a counter, call it again, finish it, mark a number skipped (no-show), pause and resume a clinic. A puskesmas account (or its configured
/// staff key) reaches only its own puskesmas.
/// </summary>
public static class PuskesmasStaffApi
{
    public static RouteGroupBuilder MapPuskesmasStaffApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/admin/api/puskesmas/{code}").RequireAuthorization(StaffAccess.Policy);
        staff.MapGet("/queue", ListQueue);
        staff.MapPost("/clinics/{clinic}/call-next", CallNext);
        staff.MapPost("/clinics/{clinic}/recall", Recall);
        staff.MapPost("/clinics/{clinic}/finish", Finish);
        staff.MapPost("/clinics/{clinic}/skip", Skip).Accepts<SkipRequest>("application/json");
        staff.MapPost("/clinics/{clinic}/pause", (string code, string clinic, HttpContext http, PuskesmasDirectory directory, CounterActions actions, CancellationToken cancellationToken) =>
            SetPaused(code, clinic, true, http, directory, actions, cancellationToken));
        staff.MapPost("/clinics/{clinic}/resume", (string code, string clinic, HttpContext http, PuskesmasDirectory directory, CounterActions actions, CancellationToken cancellationToken) =>
            SetPaused(code, clinic, false, http, directory, actions, cancellationToken));
        return staff;
    }

    static Results<Ok<QueueListing>, ProblemHttpResult> ListQueue(string code, string? clinic, string? date,
        PuskesmasDirectory directory, PuskesmasQueues queues, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var day = Wib.Today(now);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return AdminJson.Invalid("date", "The query parameter date must be a date in the form yyyy-MM-dd.");
        var clinics = directory.Clinics(code);
        if (clinics.Count == 0)
            return NotFound($"There is no puskesmas with the code '{code}'.");
        if (clinic is not null && clinics.All(c => c.Code != clinic))
            return AdminJson.Invalid("clinic", $"The query parameter clinic must be one of: {string.Join(", ", clinics.Select(c => c.Code))}.");

        var tickets = queues.List(code, clinic, day);
        var listing = new QueueListing(code, StoredTime.Day(day),
            clinics.Where(c => clinic is null || c.Code == clinic).Select(c =>
            {
                var mine = tickets.Where(t => t.Clinic == c.Code).ToList();
                return new ClinicListing(c.Code, c.Name, c.DailyQuota, c.IsPaused,
                    mine.Where(t => t.Status == QueueTicket.Called).Select(t => (long?)t.Number).LastOrDefault(),
                    mine.Count(t => t.Status == QueueTicket.Waiting),
                    mine.Select(t => new TicketView(t.Number, c.Ticket(t.Number), t.Status, Mask.Phone(t.Citizen), t.TakenAt, t.CalledAt, t.FinishedAt, t.Counter, t.Calls)).ToList());
            }).ToList());
        return TypedResults.Ok(listing);
    }

    static Task<Results<Ok<TicketView>, ProblemHttpResult>> CallNext(string code, string clinic, string? counter, HttpContext http,
        PuskesmasDirectory directory, CounterActions actions, CancellationToken cancellationToken) =>
        RunAsync(code, clinic, counter, CounterAction.CallNext, null, http, directory, actions, cancellationToken);

    static Task<Results<Ok<TicketView>, ProblemHttpResult>> Recall(string code, string clinic, string? counter, HttpContext http,
        PuskesmasDirectory directory, CounterActions actions, CancellationToken cancellationToken) =>
        RunAsync(code, clinic, counter, CounterAction.Recall, null, http, directory, actions, cancellationToken);

    static Task<Results<Ok<TicketView>, ProblemHttpResult>> Finish(string code, string clinic, string? counter, HttpContext http,
        PuskesmasDirectory directory, CounterActions actions, CancellationToken cancellationToken) =>
        RunAsync(code, clinic, counter, CounterAction.Finish, null, http, directory, actions, cancellationToken);

    static async Task<Results<Ok<TicketView>, ProblemHttpResult>> Skip(string code, string clinic, HttpContext http,
        PuskesmasDirectory directory, CounterActions actions, CancellationToken cancellationToken)
    {
        if (Validate(code, clinic, directory) is { } problem)
            return problem;
        var (body, bodyProblem) = await AdminJson.ReadAsync<SkipRequest>(http.Request, cancellationToken);
        if (body is null)
            return bodyProblem!;
        if (body.Number is not (>= 1 and var number))
            return AdminJson.Invalid("number", "Give the ticket's number, a whole number from 1: {\"number\": 12}.");
        return await RunAsync(code, clinic, null, CounterAction.Skip, number, http, directory, actions, cancellationToken);
    }

    /// <summary>
    /// One counter action; <c>?counter=2</c> names the counter (loket, 1 when left out), and an Idempotency-Key header
    /// makes a retried call return the first answer without calling or messaging anyone again.
    /// </summary>
    static async Task<Results<Ok<TicketView>, ProblemHttpResult>> RunAsync(string code, string clinic, string? counter, CounterAction action, long? number,
        HttpContext http, PuskesmasDirectory directory, CounterActions actions, CancellationToken cancellationToken)
    {
        if (Validate(code, clinic, directory) is { } problem)
            return problem;
        var desk = 1L;
        if (counter is not null && !(long.TryParse(counter, NumberStyles.None, CultureInfo.InvariantCulture, out desk) && desk is >= 1 and <= CounterActions.MaxCounter))
            return AdminJson.Invalid("counter", $"The query parameter counter must be a counter number from 1 to {CounterActions.MaxCounter}.");
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 100)
            return AdminJson.Invalid("Idempotency-Key", "The Idempotency-Key header must be at most 100 characters.");

        var result = await actions.RunAsync(http, directory.FindClinic(code, clinic)!, action, desk, number, key, cancellationToken);
        return result.Outcome switch
        {
            StaffOutcome.Done => TypedResults.Ok(View(result.Ticket!, directory)),
            StaffOutcome.Paused => Conflict($"The clinic '{clinic}' is paused; resume it before calling."),
            StaffOutcome.NoneWaiting => Conflict("Nobody is waiting in this clinic's queue today."),
            StaffOutcome.NoneServing => Conflict($"Counter {desk} is serving no number now; call the next one first."),
            StaffOutcome.NotFound => NotFound($"Number {number} was not given today in this clinic."),
            _ => Conflict($"Number {number} is no longer waiting (it is {result.Ticket!.Status})."),
        };
    }

    static async Task<Results<Ok<ClinicState>, ProblemHttpResult>> SetPaused(string code, string clinic, bool paused, HttpContext http,
        PuskesmasDirectory directory, CounterActions actions, CancellationToken cancellationToken)
    {
        if (Validate(code, clinic, directory) is { } problem)
            return problem;
        await actions.RunAsync(http, directory.FindClinic(code, clinic)!, paused ? CounterAction.Pause : CounterAction.Resume, 1, null, null, cancellationToken);
        return TypedResults.Ok(new ClinicState(clinic, paused));
    }

    static ProblemHttpResult? Validate(string code, string clinic, PuskesmasDirectory directory)
    {
        var clinics = directory.Clinics(code);
        if (clinics.Count == 0)
            return NotFound($"There is no puskesmas with the code '{code}'.");
        return clinics.Any(c => c.Code == clinic)
            ? null
            : NotFound($"The clinic '{clinic}' does not exist here; clinics: {string.Join(", ", clinics.Select(c => c.Code))}.");
    }

    static TicketView View(QueueTicket ticket, PuskesmasDirectory directory)
    {
        var clinic = directory.FindClinic(ticket.PuskesmasCode, ticket.Clinic)!;
        return new TicketView(ticket.Number, clinic.Ticket(ticket.Number), ticket.Status, Mask.Phone(ticket.Citizen), ticket.TakenAt, ticket.CalledAt, ticket.FinishedAt,
            ticket.Counter, ticket.Calls);
    }

    static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound);
    static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict);

    public sealed record QueueListing(string Puskesmas, string Date, IReadOnlyList<ClinicListing> Clinics);

    public sealed record ClinicListing(string Clinic, string Name, long DailyQuota, bool Paused, long? Serving, int Waiting, IReadOnlyList<TicketView> Tickets);

    /// <summary>A ticket as staff see it; <c>counter</c> is the counter (loket) that called it, <c>calls</c> how often.</summary>
    public sealed record TicketView(long Number, string Ticket, string Status, string Citizen, string TakenAt, string? CalledAt, string? FinishedAt,
        long? Counter, long Calls);

    public sealed record ClinicState(string Clinic, bool Paused);

    /// <summary>The body of a skip: <c>{"number": 12}</c>.</summary>
    public sealed record SkipRequest(long? Number);
}
