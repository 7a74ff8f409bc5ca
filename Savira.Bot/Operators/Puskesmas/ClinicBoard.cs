using System.Globalization;
using Savira.Core.Replies;
using Savira.Core.Services.Puskesmas;

namespace Savira.Bot.Operators.Puskesmas;

/// <summary>
/// One clinic's queue today as a counter or the waiting room sees it: the number each counter serves, the next
/// numbers and how many wait. Holds no citizen's address; pages mask it themselves where they show one.
/// </summary>
public sealed record ClinicBoard(Clinic Clinic, IReadOnlyList<QueueTicket> Serving, IReadOnlyList<QueueTicket> Next, int Waiting)
{
    public static IReadOnlyList<ClinicBoard> Today(PuskesmasDirectory directory, PuskesmasQueues queues, string puskesmasCode, DateTimeOffset now, int next = 3)
    {
        var tickets = queues.List(puskesmasCode, null, Wib.Today(now));
        return [.. directory.Clinics(puskesmasCode).Select(clinic =>
        {
            var mine = tickets.Where(ticket => ticket.Clinic == clinic.Code).ToList();
            var waiting = mine.Where(ticket => ticket.Status == QueueTicket.Waiting).ToList();
            var serving = mine.Where(ticket => ticket.Status == QueueTicket.Called)
                .GroupBy(ticket => ticket.Counter ?? 1)
                .Select(group => group.MaxBy(ticket => ticket.CalledAt, StringComparer.Ordinal)!)
                .OrderBy(ticket => ticket.Counter ?? 1).ToList();
            return new ClinicBoard(clinic, serving, [.. waiting.Take(next)], waiting.Count);
        })];
    }

    public QueueTicket? ServingAt(long counter) => Serving.FirstOrDefault(ticket => (ticket.Counter ?? 1) == counter);

    /// <summary>Changes whenever a call, recall, skip, finish, new number or pause changes what the board shows.</summary>
    public string Stamp => string.Create(CultureInfo.InvariantCulture,
        $"{Clinic.Code}:{Clinic.IsPaused}:{Waiting}:{string.Join(',', Serving.Select(ticket => $"{ticket.Number}@{ticket.Counter}x{ticket.Calls}"))}:{string.Join(',', Next.Select(ticket => ticket.Number))}");
}
