using System.Security.Claims;
using Savira.Bot.Operators.Access;
using Savira.Core.Services.Puskesmas;

namespace Savira.Bot.Operators.Puskesmas;

/// <summary>
/// The counter's actions as both the console page and the JSON API run them: on the store, once per request key
/// (a retried form or call returns what the first did), with the before/after recorded for the audit row.
/// </summary>
public sealed class CounterActions(PuskesmasQueues queues, TimeProvider clock)
{
    /// <summary>Counters (loket) a clinic may have.</summary>
    public const int MaxCounter = 9;

    public async Task<StaffActionResult> RunAsync(HttpContext http, Clinic clinic, CounterAction action, long counter, long? number,
        string? requestKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var once = OnceKey(http.User, action, requestKey);
        var code = clinic.PuskesmasCode;
        var result = action switch
        {
            CounterAction.CallNext => await queues.CallNextAsync(code, clinic.Code, counter, now, once, cancellationToken).ConfigureAwait(false),
            CounterAction.Recall => await queues.RecallAsync(code, clinic.Code, counter, now, once, cancellationToken).ConfigureAwait(false),
            CounterAction.Finish => await queues.FinishAsync(code, clinic.Code, counter, now, once, cancellationToken).ConfigureAwait(false),
            CounterAction.Skip => await queues.SkipAsync(code, clinic.Code, number ?? 0, now, once, cancellationToken).ConfigureAwait(false),
            _ => await queues.SetPausedAsync(code, clinic.Code, action == CounterAction.Pause, now, cancellationToken).ConfigureAwait(false)
                ? new StaffActionResult(StaffOutcome.Done)
                : new StaffActionResult(StaffOutcome.NotActive),
        };
        Record(http, clinic, action, counter, result);
        return result;
    }

    static void Record(HttpContext http, Clinic clinic, CounterAction action, long counter, StaffActionResult result)
    {
        if (result.Outcome != StaffOutcome.Done)
            return;
        var subject = $"antrean {clinic.PuskesmasCode}/{clinic.Code} loket {counter}";
        string? Number(QueueTicket? ticket) => ticket is null ? null : clinic.Ticket(ticket.Number);
        var ticket = result.Ticket;
        switch (action)
        {
            case CounterAction.CallNext:
                http.RecordChange(subject, new { Serving = Number(result.Before) }, new { Serving = Number(ticket) });
                break;
            case CounterAction.Recall:
                http.RecordChange(subject, new { Serving = Number(ticket), Calls = ticket!.Calls - 1 }, new { Serving = Number(ticket), ticket.Calls });
                break;
            case CounterAction.Finish:
                http.RecordChange(subject, new { Serving = Number(ticket) }, new { Serving = (string?)null, Finished = Number(ticket) });
                break;
            case CounterAction.Skip:
                http.RecordChange($"antrean {clinic.PuskesmasCode}/{clinic.Code} {Number(ticket)}", new { Status = "aktif" }, new { ticket!.Status });
                break;
            default:
                var paused = action == CounterAction.Pause;
                http.RecordChange($"antrean {clinic.PuskesmasCode}/{clinic.Code}", new { Paused = !paused }, new { Paused = paused });
                break;
        }
    }

    /// <summary>A request key is the account's own and the action's: the same key from another account or for another action is another request.</summary>
    static Core.Journal.EffectKey? OnceKey(ClaimsPrincipal user, CounterAction action, string? requestKey) =>
        string.IsNullOrEmpty(requestKey) ? null : new("puskesmas-counter", $"{user.NameOf()}:{action}:{requestKey}", 0);
}
