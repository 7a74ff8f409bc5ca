using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Savira.Core.Data;
using Savira.Core.Outbox;
using Savira.Core.Replies;

namespace Savira.Core.Services.Puskesmas;

/// <summary>
/// The queues: one per puskesmas × clinic × day. Every change is one write on the single writer thread,
/// so reading the last number and inserting the next happen with nothing in between; the UNIQUE
/// constraint on (puskesmas, clinic, day, number) stands behind it. Staff actions enqueue the reminders
/// they make due in the same write.
/// </summary>
public sealed class PuskesmasQueues(
    Database database, DatabaseWriter writer, Journal.EffectLedger ledger, PuskesmasDirectory directory, OutboxSignal outboxSignal, IOptions<PuskesmasOptions> options)
{
    /// <summary>Gives the citizen the next number of the clinic's queue for <paramref name="day"/>; once per <paramref name="effect"/>.</summary>
    public Task<TakeResult> TakeAsync(string puskesmasCode, string clinic, DateOnly day, string citizen, string channel,
        DateTimeOffset now, Journal.EffectKey effect, CancellationToken cancellationToken)
    {
        var serviceDay = StoredTime.Day(day);
        var isToday = day == Wib.Today(now);
        return ledger.ApplyAsync(effect, "queue_take", connection =>
        {
            var held = connection.QuerySingleOrDefault<QueueTicket>(
                $"""
                SELECT {QueueTicket.Columns} FROM queue_tickets
                WHERE puskesmas_code = @puskesmasCode AND service_day = @serviceDay AND citizen = @citizen AND status IN ('waiting', 'called')
                """,
                new { puskesmasCode, serviceDay, citizen });
            if (held is not null)
                return new TakeResult(TakeOutcome.AlreadyHolding, held);

            var settings = connection.QuerySingle<(long DailyQuota, string? PausedAt)>(
                "SELECT daily_quota, paused_at FROM puskesmas_clinics WHERE puskesmas_code = @puskesmasCode AND clinic = @clinic",
                new { puskesmasCode, clinic });
            if (isToday && settings.PausedAt is not null)
                return new TakeResult(TakeOutcome.Paused);

            var queue = connection.QuerySingle<(long Taken, long Last, long Waiting)>(
                """
                SELECT COALESCE(SUM(status <> 'cancelled'), 0), COALESCE(MAX(number), 0), COALESCE(SUM(status = 'waiting'), 0)
                FROM queue_tickets WHERE puskesmas_code = @puskesmasCode AND clinic = @clinic AND service_day = @serviceDay
                """,
                new { puskesmasCode, clinic, serviceDay });
            if (queue.Taken >= settings.DailyQuota)
                return new TakeResult(TakeOutcome.QuotaFull);

            var ticket = connection.QuerySingle<QueueTicket>(
                $"""
                INSERT INTO queue_tickets (puskesmas_code, clinic, service_day, number, citizen, channel, status, ahead_at_take, taken_at)
                VALUES (@puskesmasCode, @clinic, @serviceDay, @number, @citizen, @channel, 'waiting', @ahead, @now)
                RETURNING {QueueTicket.Columns}
                """,
                new { puskesmasCode, clinic, serviceDay, number = queue.Last + 1, citizen, channel, ahead = queue.Waiting, now = StoredTime.Format(now) });
            return new TakeResult(TakeOutcome.Taken, ticket);
        }, cancellationToken);
    }

    /// <summary>The citizen's tickets still waiting or being served, today and later.</summary>
    public IReadOnlyList<QueueTicket> ActiveTickets(string citizen, DateTimeOffset now)
    {
        using var connection = database.Open();
        return connection.Query<QueueTicket>(
            $"""
            SELECT {QueueTicket.Columns} FROM queue_tickets
            WHERE citizen = @citizen AND service_day >= @today AND status IN ('waiting', 'called')
            ORDER BY service_day, taken_at
            """,
            new { citizen, today = StoredTime.Day(Wib.Today(now)) }).AsList();
    }

    public QueueTicket? Ticket(long id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<QueueTicket>($"SELECT {QueueTicket.Columns} FROM queue_tickets WHERE id = @id", new { id });
    }

    /// <summary>Where the ticket stands now, with an estimated time from the recent pace of calls.</summary>
    public QueuePosition Position(QueueTicket ticket, DateTimeOffset now)
    {
        var place = directory.Find(ticket.PuskesmasCode)!;
        var clinic = directory.FindClinic(ticket.PuskesmasCode, ticket.Clinic)!;
        using var connection = database.Open();
        var args = new { ticket.PuskesmasCode, ticket.Clinic, ticket.ServiceDay, ticket.Number };
        var ahead = ticket.Status == QueueTicket.Waiting
            ? connection.ExecuteScalar<long>(
                """
                SELECT COUNT(*) FROM queue_tickets
                WHERE puskesmas_code = @PuskesmasCode AND clinic = @Clinic AND service_day = @ServiceDay AND status = 'waiting' AND number < @Number
                """, args)
            : 0;
        var serving = connection.ExecuteScalar<long?>(
            """
            SELECT number FROM queue_tickets
            WHERE puskesmas_code = @PuskesmasCode AND clinic = @Clinic AND service_day = @ServiceDay AND status = 'called'
            ORDER BY called_at DESC, number DESC LIMIT 1
            """, args);

        var pace = Pace(connection, ticket.PuskesmasCode, ticket.Clinic, ticket.ServiceDay) ?? clinic.MinutesPerPatient;
        var opensAt = directory.Schedule(ticket.PuskesmasCode).On(ticket.Day) is { } hours ? Wib.At(ticket.Day, hours.OpensAt) : now;
        var start = opensAt > now ? opensAt : now;
        var turnsBefore = ticket.Status == QueueTicket.Called ? 0 : ahead + (serving is null ? 0 : 1);
        return new QueuePosition
        {
            Ticket = ticket,
            Place = place,
            Clinic = clinic,
            Ahead = ahead,
            Serving = serving,
            EstimatedAt = start.AddMinutes(turnsBefore * pace),
            MinutesPerPatient = pace,
        };
    }

    /// <summary>Average minutes between the latest calls of the day, when staff have called enough patients to tell.</summary>
    double? Pace(SqliteConnection connection, string puskesmasCode, string clinic, string serviceDay)
    {
        var calls = connection.Query<string>(
            """
            SELECT at FROM queue_events
            WHERE puskesmas_code = @puskesmasCode AND clinic = @clinic AND service_day = @serviceDay AND action IN ('call_next', 'skip')
            ORDER BY id DESC LIMIT @sample
            """,
            new { puskesmasCode, clinic, serviceDay, sample = options.Value.PaceSampleSize })
            .Select(StoredTime.Parse).ToList();
        if (calls.Count < 3)
            return null;
        var minutes = (calls[0] - calls[^1]).TotalMinutes / (calls.Count - 1);
        return minutes <= 0 ? null : Math.Clamp(minutes, 1, 120);
    }

    /// <summary>
    /// Cancels the citizen's one active ticket, when they hold exactly one; else says none or which ones (a choice for
    /// the citizen). Choosing and cancelling are one effect, so a retry after a crash finds what it cancelled.
    /// </summary>
    public async Task<CancelResult> CancelOnlyTicketAsync(string citizen, DateTimeOffset now, Journal.EffectKey effect, CancellationToken cancellationToken)
    {
        var result = await ledger.ApplyAsync(effect, "queue_cancel", connection =>
        {
            var active = connection.Query<QueueTicket>(
                $"""
                SELECT {QueueTicket.Columns} FROM queue_tickets
                WHERE citizen = @citizen AND service_day >= @today AND status IN ('waiting', 'called')
                ORDER BY service_day, taken_at
                """,
                new { citizen, today = StoredTime.Day(Wib.Today(now)) }).AsList();
            return active.Count == 1 ? new CancelResult(Cancel(connection, active[0].Id, citizen, now), []) : new CancelResult(null, active);
        }, cancellationToken).ConfigureAwait(false);
        if (result.Cancelled is not null)
            outboxSignal.Notify();
        return result;
    }

    /// <summary>Cancels the citizen's ticket; its number stays used, and the place behind it moves up.</summary>
    public async Task<QueueTicket?> CancelAsync(long ticketId, string citizen, DateTimeOffset now, Journal.EffectKey effect, CancellationToken cancellationToken)
    {
        var cancelled = await ledger.ApplyAsync(effect, "queue_cancel", connection => Cancel(connection, ticketId, citizen, now), cancellationToken).ConfigureAwait(false);
        outboxSignal.Notify();
        return cancelled;
    }

    QueueTicket? Cancel(SqliteConnection connection, long ticketId, string citizen, DateTimeOffset now)
    {
        var ticket = connection.QuerySingleOrDefault<QueueTicket>(
            $"""
            UPDATE queue_tickets SET status = 'cancelled', finished_at = @now
            WHERE id = @ticketId AND citizen = @citizen AND status IN ('waiting', 'called')
            RETURNING {QueueTicket.Columns}
            """,
            new { ticketId, citizen, now = StoredTime.Format(now) });
        if (ticket is null)
            return null;
        RecordEvent(connection, ticket.PuskesmasCode, ticket.Clinic, ticket.ServiceDay, "cancel", ticket.Number, now);
        EnqueueReminders(connection, ticket.PuskesmasCode, ticket.Clinic, ticket.ServiceDay, now);
        return ticket;
    }

    /// <summary>
    /// Staff at one counter: the patient this counter serves is done, and the lowest waiting number is called to it and
    /// told on WhatsApp. One write on the single writer: two counters calling at once get the next two numbers, never
    /// the same one. With <paramref name="once"/>, a retried request returns what the first did and calls nobody else.
    /// </summary>
    public async Task<StaffActionResult> CallNextAsync(string puskesmasCode, string clinic, long counter, DateTimeOffset now,
        Journal.EffectKey? once, CancellationToken cancellationToken)
    {
        var serviceDay = StoredTime.Day(Wib.Today(now));
        var result = await WriteOnceAsync(once, "queue_call_next", connection =>
        {
            var pausedAt = connection.ExecuteScalar<string?>(
                "SELECT paused_at FROM puskesmas_clinics WHERE puskesmas_code = @puskesmasCode AND clinic = @clinic", new { puskesmasCode, clinic });
            if (pausedAt is not null)
                return new StaffActionResult(StaffOutcome.Paused);

            var stamp = StoredTime.Format(now);
            var next = connection.ExecuteScalar<long?>(
                """
                SELECT id FROM queue_tickets
                WHERE puskesmas_code = @puskesmasCode AND clinic = @clinic AND service_day = @serviceDay AND status = 'waiting'
                ORDER BY number LIMIT 1
                """,
                new { puskesmasCode, clinic, serviceDay });
            if (next is null)
                return new StaffActionResult(StaffOutcome.NoneWaiting);

            var before = FinishServing(connection, puskesmasCode, clinic, serviceDay, counter, now);
            var called = connection.QuerySingle<QueueTicket>(
                $"""
                UPDATE queue_tickets SET status = 'called', called_at = @stamp, counter = @counter, calls = calls + 1
                WHERE id = @next
                RETURNING {QueueTicket.Columns}
                """,
                new { next, stamp, counter });
            RecordEvent(connection, puskesmasCode, clinic, serviceDay, "call_next", called.Number, now);
            PushCall(connection, called, now);
            EnqueueReminders(connection, puskesmasCode, clinic, serviceDay, now);
            return new StaffActionResult(StaffOutcome.Done, called, before);
        }, cancellationToken).ConfigureAwait(false);
        outboxSignal.Notify();
        return result;
    }

    /// <summary>Staff: calls this counter's current number again, and tells the citizen again.</summary>
    public async Task<StaffActionResult> RecallAsync(string puskesmasCode, string clinic, long counter, DateTimeOffset now,
        Journal.EffectKey? once, CancellationToken cancellationToken)
    {
        var serviceDay = StoredTime.Day(Wib.Today(now));
        var result = await WriteOnceAsync(once, "queue_recall", connection =>
        {
            var recalled = connection.QuerySingleOrDefault<QueueTicket>(
                $"""
                UPDATE queue_tickets SET calls = calls + 1, called_at = @stamp
                WHERE id = ({ServingAt})
                RETURNING {QueueTicket.Columns}
                """,
                new { puskesmasCode, clinic, serviceDay, counter, stamp = StoredTime.Format(now) });
            if (recalled is null)
                return new StaffActionResult(StaffOutcome.NoneServing);
            RecordEvent(connection, puskesmasCode, clinic, serviceDay, "recall", recalled.Number, now);
            PushCall(connection, recalled, now);
            return new StaffActionResult(StaffOutcome.Done, recalled);
        }, cancellationToken).ConfigureAwait(false);
        outboxSignal.Notify();
        return result;
    }

    /// <summary>Staff: this counter's current patient is done; nobody new is called.</summary>
    public Task<StaffActionResult> FinishAsync(string puskesmasCode, string clinic, long counter, DateTimeOffset now,
        Journal.EffectKey? once, CancellationToken cancellationToken)
    {
        var serviceDay = StoredTime.Day(Wib.Today(now));
        return WriteOnceAsync(once, "queue_finish", connection =>
            FinishServing(connection, puskesmasCode, clinic, serviceDay, counter, now) is { } finished
                ? new StaffActionResult(StaffOutcome.Done, finished)
                : new StaffActionResult(StaffOutcome.NoneServing), cancellationToken);
    }

    /// <summary>The ticket a counter is serving today: the one it called last that is still called.</summary>
    const string ServingAt =
        """
        SELECT id FROM queue_tickets
        WHERE puskesmas_code = @puskesmasCode AND clinic = @clinic AND service_day = @serviceDay AND status = 'called'
          AND COALESCE(counter, 1) = @counter
        ORDER BY called_at DESC, number DESC LIMIT 1
        """;

    static QueueTicket? FinishServing(SqliteConnection connection, string puskesmasCode, string clinic, string serviceDay, long counter, DateTimeOffset now)
    {
        var finished = connection.Query<QueueTicket>(
            $"""
            UPDATE queue_tickets SET status = 'served', finished_at = @stamp
            WHERE puskesmas_code = @puskesmasCode AND clinic = @clinic AND service_day = @serviceDay AND status = 'called'
              AND COALESCE(counter, 1) = @counter
            RETURNING {QueueTicket.Columns}
            """,
            new { puskesmasCode, clinic, serviceDay, counter, stamp = StoredTime.Format(now) }).AsList();
        foreach (var ticket in finished)
            RecordEvent(connection, puskesmasCode, clinic, serviceDay, "finish", ticket.Number, now);
        return finished.Count == 0 ? null : finished[^1];
    }

    /// <summary>Tells the called citizen where to go: once per call (the key holds the ticket and its call count).</summary>
    static void PushCall(SqliteConnection connection, QueueTicket ticket, DateTimeOffset now)
    {
        var names = connection.QuerySingle<(string Puskesmas, string Clinic, string Prefix)>(
            """
            SELECT p.name, c.name, c.prefix FROM puskesmas_clinics AS c JOIN puskesmas AS p ON p.code = c.puskesmas_code
            WHERE c.puskesmas_code = @PuskesmasCode AND c.clinic = @Clinic
            """,
            new { ticket.PuskesmasCode, ticket.Clinic });
        var number = $"{names.Prefix}-{ticket.Number:000}";
        CitizenPush.Enqueue(connection, $"queue-call:{ticket.Id}:{ticket.Calls}", ticket.Citizen,
            PuskesmasTexts.Called(names.Puskesmas, names.Clinic, number, ticket.Counter ?? 1, recall: ticket.Calls > 1),
            PuskesmasTexts.CalledSubject(names.Clinic, number), now);
    }

    Task<T> WriteOnceAsync<T>(Journal.EffectKey? once, string kind, Func<SqliteConnection, T> write, CancellationToken cancellationToken) =>
        once is { } key ? ledger.ApplyAsync(key, kind, write, cancellationToken) : writer.WriteAsync(write, cancellationToken);

    /// <summary>Staff: a waiting or called number did not come (no-show) or was passed over.</summary>
    public async Task<StaffActionResult> SkipAsync(string puskesmasCode, string clinic, long number, DateTimeOffset now,
        Journal.EffectKey? once, CancellationToken cancellationToken)
    {
        var serviceDay = StoredTime.Day(Wib.Today(now));
        var result = await WriteOnceAsync(once, "queue_skip", connection =>
        {
            var ticket = connection.QuerySingleOrDefault<QueueTicket>(
                $"""
                SELECT {QueueTicket.Columns} FROM queue_tickets
                WHERE puskesmas_code = @puskesmasCode AND clinic = @clinic AND service_day = @serviceDay AND number = @number
                """,
                new { puskesmasCode, clinic, serviceDay, number });
            if (ticket is null)
                return new StaffActionResult(StaffOutcome.NotFound);
            if (!ticket.IsActive)
                return new StaffActionResult(StaffOutcome.NotActive, ticket);

            var skipped = connection.QuerySingle<QueueTicket>(
                $"UPDATE queue_tickets SET status = 'skipped', finished_at = @now WHERE id = @Id RETURNING {QueueTicket.Columns}",
                new { ticket.Id, now = StoredTime.Format(now) });
            RecordEvent(connection, puskesmasCode, clinic, serviceDay, "skip", number, now);
            EnqueueReminders(connection, puskesmasCode, clinic, serviceDay, now);
            return new StaffActionResult(StaffOutcome.Done, skipped);
        }, cancellationToken).ConfigureAwait(false);
        outboxSignal.Notify();
        return result;
    }

    /// <summary>Staff: stop (or restart) calling and giving numbers for a clinic; false when it already was so (nothing written).</summary>
    public Task<bool> SetPausedAsync(string puskesmasCode, string clinic, bool paused, DateTimeOffset now, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection =>
        {
            var changed = connection.Execute(
                """
                UPDATE puskesmas_clinics SET paused_at = @pausedAt
                WHERE puskesmas_code = @puskesmasCode AND clinic = @clinic AND (paused_at IS NULL) = @paused
                """,
                new { puskesmasCode, clinic, paused, pausedAt = paused ? StoredTime.Format(now) : null }) == 1;
            if (changed)
                RecordEvent(connection, puskesmasCode, clinic, StoredTime.Day(Wib.Today(now)), paused ? "pause" : "resume", null, now);
            return changed;
        }, cancellationToken);

    /// <summary>Every ticket of a puskesmas on a day, optionally of one clinic, in number order.</summary>
    public IReadOnlyList<QueueTicket> List(string puskesmasCode, string? clinic, DateOnly day)
    {
        using var connection = database.Open();
        return connection.Query<QueueTicket>(
            $"""
            SELECT {QueueTicket.Columns} FROM queue_tickets
            WHERE puskesmas_code = @puskesmasCode AND service_day = @serviceDay AND (@clinic IS NULL OR clinic = @clinic)
            ORDER BY clinic, number
            """,
            new { puskesmasCode, clinic, serviceDay = StoredTime.Day(day) }).AsList();
    }

    static void RecordEvent(SqliteConnection connection, string puskesmasCode, string clinic, string serviceDay, string action, long? number, DateTimeOffset now) =>
        connection.Execute(
            """
            INSERT INTO queue_events (puskesmas_code, clinic, service_day, action, number, at)
            VALUES (@puskesmasCode, @clinic, @serviceDay, @action, @number, @at)
            """,
            new { puskesmasCode, clinic, serviceDay, action, number, at = StoredTime.Format(now) });

    /// <summary>
    /// Adds a reminder for each WhatsApp citizen who is now at most the configured number of places away
    /// and was further away when taking the number (nearer citizens were told so in the reply).
    /// </summary>
    void EnqueueReminders(SqliteConnection connection, string puskesmasCode, string clinic, string serviceDay, DateTimeOffset now)
    {
        var placesAhead = options.Value.ReminderPlacesAhead;
        var front = connection.Query<ReminderCandidate>(
            """
            SELECT t.id, t.number, t.citizen, t.channel, t.ahead_at_take AS aheadAtTake, c.prefix, c.name AS clinicName, p.name AS puskesmasName
            FROM queue_tickets AS t
            JOIN puskesmas_clinics AS c ON c.puskesmas_code = t.puskesmas_code AND c.clinic = t.clinic
            JOIN puskesmas AS p ON p.code = t.puskesmas_code
            WHERE t.puskesmas_code = @puskesmasCode AND t.clinic = @clinic AND t.service_day = @serviceDay AND t.status = 'waiting'
            ORDER BY t.number LIMIT @limit
            """,
            new { puskesmasCode, clinic, serviceDay, limit = placesAhead + 1 }).AsList();

        for (var ahead = 0; ahead < front.Count; ahead++)
        {
            var candidate = front[ahead];
            if (candidate.AheadAtTake <= placesAhead || candidate.Channel != "whatsapp")
                continue;
            var ticket = $"{candidate.Prefix}-{candidate.Number:000}";
            OutboxStore.Enqueue(connection, $"queue-reminder:{candidate.Id}", candidate.Channel, candidate.Citizen,
                PuskesmasTexts.Reminder(candidate.PuskesmasName, candidate.ClinicName, ticket, ahead),
                PuskesmasTexts.ReminderTemplateVariables(candidate.PuskesmasName, candidate.ClinicName, ticket, ahead), now);
        }
    }

    sealed record ReminderCandidate
    {
        public required long Id { get; init; }
        public required long Number { get; init; }
        public required string Citizen { get; init; }
        public required string Channel { get; init; }
        public required long AheadAtTake { get; init; }
        public required string Prefix { get; init; }
        public required string ClinicName { get; init; }
        public required string PuskesmasName { get; init; }
    }
}
