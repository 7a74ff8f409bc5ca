using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Savira.Core.Data;
using Savira.Core.Inbound;
using Savira.Core.Outbox;

namespace Savira.Core.Services.Handoff;

public sealed class SqliteHandoffDesk(Database database, DatabaseWriter writer, Journal.EffectLedger ledger, TimeProvider clock,
    IOptionsMonitor<HandoffOptions> options, OutboxSignal outboxSignal) : IHandoffDesk
{
    /// <summary>WhatsApp allows free-form messages for 24 hours after the citizen's last message.</summary>
    public static readonly TimeSpan WhatsAppWindow = TimeSpan.FromHours(24);

    public async Task<HandoffRequest> OpenAsync(IncomingMessage message, string service, Journal.EffectKey effect, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var from = OfficeHours.IsOpen(settings, message.ReceivedAt) ? message.ReceivedAt : OfficeHours.NextOpening(settings, message.ReceivedAt);
        var claimDueAt = from.AddMinutes(settings.ClaimWithinMinutes);
        var id = await ledger.ApplyAsync(effect, "handoff", connection => connection.ExecuteScalar<long>(
            """
            INSERT INTO handoffs (sender, channel, request_text, requested_at, expires_at, message_id, state, service, last_citizen_at)
            VALUES (@Sender, @Channel, @Text, @requestedAt, @claimDueAt, @MessageId, 'waiting', @service, @requestedAt)
            RETURNING id
            """,
            new { message.Sender, message.Channel, message.Text, message.MessageId, service, requestedAt = StoredTime.Format(message.ReceivedAt), claimDueAt = StoredTime.Format(claimDueAt) }),
            cancellationToken).ConfigureAwait(false);
        return Find(id)!;
    }

    public ActiveHandoff? Active(string sender, string messageId) => database.Read(connection => Active(connection, sender, messageId));

    /// <summary>The sender's waiting or held handoff, on a read connection; asked for every message (see <see cref="Journal.MessageJournal.Arrive"/>).</summary>
    internal static ActiveHandoff? Active(SqliteConnection connection, string sender, string messageId)
    {
        var rows = HotStatement.On(connection,
                """
                SELECT id, state, requested_at, expires_at, acknowledged_at IS NOT NULL, overdue_told_at IS NOT NULL,
                       EXISTS (SELECT 1 FROM handoff_messages m WHERE m.handoff_id = h.id AND m.author = 'officer')
                FROM handoffs h
                WHERE sender = @sender AND state IN ('waiting', 'held') AND message_id IS NOT @messageId
                ORDER BY id DESC LIMIT 1
                """)
            .Bind("@sender", sender)
            .Bind("@messageId", messageId)
            .Rows(static row => new ActiveHandoff
            {
                Id = row.Number(0), State = row.Text(1)!, RequestedAt = StoredTime.Parse(row.Text(2)!), ClaimDueAt = StoredTime.Parse(row.Text(3)!),
                Acknowledged = row.Number(4) == 1, OverdueTold = row.Number(5) == 1, OfficerWrote = row.Number(6) == 1,
            }, stopAfterFirst: true);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>What a citizen's message did to their handoff; runs on the writer's connection in the message's journal write.</summary>
    public static void Apply(SqliteConnection connection, HandoffTurn turn, DateTimeOffset at)
    {
        var stored = StoredTime.Format(at);
        foreach (var (author, text) in turn.Lines)
            AddLine(connection, turn.HandoffId, author, null, text, stored);
        connection.Execute(
            """
            UPDATE handoffs SET last_citizen_at = @stored,
                acknowledged_at = CASE WHEN @acknowledged AND state = 'held' THEN COALESCE(acknowledged_at, @stored) ELSE acknowledged_at END,
                overdue_told_at = CASE WHEN @overdueTold THEN COALESCE(overdue_told_at, @stored) ELSE overdue_told_at END
            WHERE id = @HandoffId
            """,
            new { turn.HandoffId, stored, acknowledged = turn.Acknowledged, overdueTold = turn.OverdueTold });
        if (turn.EndState is { } end)
        {
            var ended = connection.Execute(
                "UPDATE handoffs SET state = @end, released_at = @stored, released_by = 'citizen' WHERE id = @HandoffId AND state IN ('waiting', 'held')",
                new { turn.HandoffId, end, stored });
            if (ended == 1)
                AddLine(connection, turn.HandoffId, HandoffLine.Event, null,
                    end == HandoffStates.Returned ? "Warga mengakhiri percakapan dengan petugas (selesai)." : "Warga membatalkan permintaannya.", stored);
        }
    }

    public IReadOnlyList<HandoffRequest> Open()
    {
        using var connection = database.Open();
        return connection.Query<Row>($"{Select} WHERE state IN ('waiting', 'held') ORDER BY id").Select(row => row.ToRequest()).ToList();
    }

    public HandoffRequest? Find(long id)
    {
        using var connection = database.Open();
        return Find(connection, id);
    }

    static HandoffRequest? Find(SqliteConnection connection, long id) =>
        connection.QuerySingleOrDefault<Row>($"{Select} WHERE id = @id", new { id })?.ToRequest();

    public IReadOnlyList<HandoffLine> Lines(long id, int lines)
    {
        using var connection = database.Open();
        return connection.Query<LineRow>(
            $"SELECT * FROM ({LineSelect} WHERE m.handoff_id = @id ORDER BY m.id DESC LIMIT @lines) ORDER BY id",
            new { id, lines }).Select(row => row.ToLine()).ToList();
    }

    /// <summary>How far before a handoff its transcript reaches: the conversation that led to it, not the citizen's history.</summary>
    static readonly TimeSpan TranscriptReach = TimeSpan.FromDays(1);

    public IReadOnlyList<TranscriptLine> Transcript(long id, int lines)
    {
        using var connection = database.Open();
        if (connection.QuerySingleOrDefault<string?>("SELECT requested_at FROM handoffs WHERE id = @id", new { id }) is not { } requestedAt)
            return [];
        // Bounded below so that the messages are found by the time index's recent end, not among all a city has kept.
        var since = StoredTime.Format(StoredTime.Parse(requestedAt) - TranscriptReach);
        return connection.Query<TranscriptRow>(
            """
            WITH h AS (
                SELECT sender, requested_at,
                       COALESCE((SELECT i.id FROM inbound_messages i WHERE i.channel = handoffs.channel AND i.message_id = handoffs.message_id), 9223372036854775807) AS opened_by
                FROM handoffs WHERE id = @id),
            earlier AS (
                SELECT i.id, i.body, i.received_at
                FROM inbound_messages i, h
                WHERE i.received_at >= @since AND i.received_at <= h.requested_at AND i.sender = h.sender AND i.id < h.opened_by)
            SELECT direction, text, at FROM (
                SELECT 'in' AS direction, body AS text, received_at AS at, id * 2 AS sort
                FROM earlier
                UNION ALL
                SELECT 'out', o.body, o.created_at, o.inbound_id * 2 + 1 + o.sequence * 0.001
                FROM earlier e JOIN outbound_messages o ON o.inbound_id = e.id, h WHERE o.created_at <= h.requested_at
                ORDER BY sort DESC LIMIT @lines)
            ORDER BY sort
            """,
            new { id, lines, since })
            .Select(row => new TranscriptLine(row.Direction, row.Text, StoredTime.Parse(row.At))).ToList();
    }

    public Task<DeskResult> ClaimAsync(long id, string officer, CancellationToken cancellationToken)
    {
        var stored = StoredTime.Format(clock.GetUtcNow());
        return writer.WriteAsync(connection =>
        {
            if (Check(connection, id, officer, allowWaiting: true) is { } refused)
                return refused;
            var handoff = Find(connection, id)!;
            if (handoff.State == HandoffStates.Held)
                return new DeskResult(DeskOutcome.Done, handoff);
            Claim(connection, id, officer, stored);
            return new DeskResult(DeskOutcome.Done, Find(connection, id));
        }, cancellationToken);
    }

    public async Task<DeskResult> ReplyAsync(long id, string officer, string? text, bool useTemplate, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = StoredTime.Format(now);
        var dedupeKey = idempotencyKey is null ? null : $"handoff-reply:{id}:{idempotencyKey}";
        var result = await writer.WriteAsync(connection =>
        {
            if (dedupeKey is not null && connection.QuerySingleOrDefault<long?>("SELECT id FROM handoff_messages WHERE dedupe_key = @dedupeKey", new { dedupeKey }) is { } earlier)
                return new DeskResult(DeskOutcome.Done, Find(connection, id), FindLine(connection, earlier));
            if (Check(connection, id, officer, allowWaiting: true) is { } refused)
                return refused;
            var handoff = Find(connection, id)!;
            if (!useTemplate && handoff.Channel == "whatsapp")
            {
                var last = connection.ExecuteScalar<string?>(
                    "SELECT MAX(received_at) FROM inbound_messages WHERE received_at >= @since AND +channel = @Channel AND sender = @Sender",
                    new { handoff.Channel, handoff.Sender, since = StoredTime.Format(now - WhatsAppWindow) });
                if (last is null || now - StoredTime.Parse(last) >= WhatsAppWindow)
                    return new DeskResult(DeskOutcome.OutsideWindow, handoff);
            }
            if (handoff.State == HandoffStates.Waiting)
                Claim(connection, id, officer, stored);

            var body = useTemplate ? HandoffTexts.TemplateInvitation : text!;
            var lineId = AddLine(connection, id, HandoffLine.Officer, officer, useTemplate ? "[template] " + body : body, stored, dedupeKey);
            var outboxId = CitizenPush.Enqueue(connection, dedupeKey ?? $"handoff-reply:{id}:line:{lineId}", handoff.Sender, body, HandoffTexts.TemplateSubject, now);
            connection.Execute("UPDATE handoff_messages SET outbox_id = @outboxId WHERE id = @lineId", new { outboxId, lineId });
            return new DeskResult(DeskOutcome.Done, Find(connection, id), FindLine(connection, lineId));
        }, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == DeskOutcome.Done)
            outboxSignal.Notify();
        return result;
    }

    public Task<DeskResult> TransferAsync(long id, string officer, string? service, string? toOfficer, string? note, CancellationToken cancellationToken)
    {
        var stored = StoredTime.Format(clock.GetUtcNow());
        return writer.WriteAsync(connection =>
        {
            if (Check(connection, id, officer, allowWaiting: true) is { } refused)
                return refused;
            var before = Find(connection, id)!;
            connection.Execute(
                """
                UPDATE handoffs SET state = 'waiting', held_by = NULL, held_at = NULL, acknowledged_at = NULL,
                    service = COALESCE(@service, service), assigned_to = @toOfficer
                WHERE id = @id
                """,
                new { id, service, toOfficer });
            var target = string.Join(" / ", new[] { service is null ? null : $"layanan {service}", toOfficer is null ? null : $"petugas {toOfficer}" }.OfType<string>());
            AddLine(connection, id, HandoffLine.Event, officer,
                $"Dialihkan dari {(before.HeldBy is null ? $"layanan {before.Service}" : $"petugas {before.HeldBy}")} ke {target}." + (note is null ? "" : $" Catatan: {note}"), stored);
            return new DeskResult(DeskOutcome.Done, Find(connection, id));
        }, cancellationToken);
    }

    public async Task<DeskResult> ReleaseAsync(long id, string officer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = StoredTime.Format(now);
        var result = await writer.WriteAsync(connection =>
        {
            if (Check(connection, id, officer, allowWaiting: true, assigneeOnly: false) is { } refused)
                return refused;
            var before = Find(connection, id)!;
            var officerWrote = connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM handoff_messages WHERE handoff_id = @id AND author = 'officer')", new { id });
            var wasHeld = before.State == HandoffStates.Held;
            connection.Execute(
                "UPDATE handoffs SET state = @state, released_at = @stored, released_by = @officer WHERE id = @id",
                new { id, stored, officer, state = wasHeld || officerWrote ? HandoffStates.Returned : HandoffStates.Closed });
            var notice = HandoffTexts.ReturnedByOfficer(officerWrote, wasHeld);
            AddLine(connection, id, HandoffLine.Event, officer, wasHeld ? "Dikembalikan ke Savira." : "Ditutup sebelum diambil alih.", stored);
            AddLine(connection, id, HandoffLine.Bot, null, notice, stored);
            CitizenPush.Enqueue(connection, $"handoff-end:{id}", before.Sender, notice, HandoffTexts.TemplateSubject, now);
            return new DeskResult(DeskOutcome.Done, Find(connection, id));
        }, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == DeskOutcome.Done)
            outboxSignal.Notify();
        return result;
    }

    /// <summary>Why <paramref name="officer"/> may not act on the handoff now, or null when they may.</summary>
    static DeskResult? Check(SqliteConnection connection, long id, string officer, bool allowWaiting, bool assigneeOnly = true)
    {
        var handoff = Find(connection, id);
        if (handoff is null)
            return new DeskResult(DeskOutcome.NotFound);
        if (!handoff.IsActive)
            return new DeskResult(DeskOutcome.Closed, handoff);
        if (handoff.State == HandoffStates.Held && !string.Equals(handoff.HeldBy, officer, StringComparison.OrdinalIgnoreCase))
            return new DeskResult(DeskOutcome.HeldByOther, handoff, HeldBy: handoff.HeldBy);
        if (handoff.State == HandoffStates.Waiting && !allowWaiting)
            return new DeskResult(DeskOutcome.Closed, handoff);
        if (assigneeOnly && handoff.State == HandoffStates.Waiting && handoff.AssignedTo is { } assignee
            && !string.Equals(assignee, officer, StringComparison.OrdinalIgnoreCase))
            return new DeskResult(DeskOutcome.AssignedToOther, handoff, HeldBy: assignee);
        return null;
    }

    static void Claim(SqliteConnection connection, long id, string officer, string stored)
    {
        connection.Execute(
            "UPDATE handoffs SET state = 'held', held_by = @officer, held_at = @stored, assigned_to = NULL, acknowledged_at = NULL WHERE id = @id",
            new { id, officer, stored });
        AddLine(connection, id, HandoffLine.Event, officer, $"Diambil alih oleh {officer}.", stored);
    }

    static long AddLine(SqliteConnection connection, long handoffId, string author, string? officer, string text, string stored, string? dedupeKey = null) =>
        connection.ExecuteScalar<long>(
            "INSERT INTO handoff_messages (handoff_id, author, officer, text, at, dedupe_key) VALUES (@handoffId, @author, @officer, @text, @stored, @dedupeKey) RETURNING id",
            new { handoffId, author, officer, text, stored, dedupeKey });

    static HandoffLine? FindLine(SqliteConnection connection, long lineId) =>
        connection.QuerySingleOrDefault<LineRow>($"{LineSelect} WHERE m.id = @lineId", new { lineId })?.ToLine();

    const string Select =
        """
        SELECT id, sender, channel, request_text AS requestText, requested_at AS requestedAt, expires_at AS claimDueAt, state, service,
               held_by AS heldBy, held_at AS heldAt, assigned_to AS assignedTo, last_citizen_at AS lastCitizenAt,
               released_at AS releasedAt, released_by AS releasedBy
        FROM handoffs
        """;

    const string LineSelect =
        """
        SELECT m.id, m.author, m.officer AS officerName, m.text, m.at, m.outbox_id AS outboxId,
               CASE WHEN o.id IS NULL THEN NULL
                    WHEN o.status = 'pending' AND o.attempts > 0 THEN 'retrying'
                    ELSE COALESCE(o.delivery_status, o.status) END AS delivery
        FROM handoff_messages m LEFT JOIN outbox o ON o.id = m.outbox_id
        """;

    sealed record Row
    {
        public required long Id { get; init; }
        public required string Sender { get; init; }
        public required string Channel { get; init; }
        public required string RequestText { get; init; }
        public required string RequestedAt { get; init; }
        public required string ClaimDueAt { get; init; }
        public required string State { get; init; }
        public required string Service { get; init; }
        public string? HeldBy { get; init; }
        public string? HeldAt { get; init; }
        public string? AssignedTo { get; init; }
        public string? LastCitizenAt { get; init; }
        public string? ReleasedAt { get; init; }
        public string? ReleasedBy { get; init; }

        public HandoffRequest ToRequest() => new()
        {
            Id = Id, Sender = Sender, Channel = Channel, RequestText = RequestText, State = State, Service = Service,
            RequestedAt = StoredTime.Parse(RequestedAt), ClaimDueAt = StoredTime.Parse(ClaimDueAt),
            HeldBy = HeldBy, HeldAt = Parse(HeldAt), AssignedTo = AssignedTo, LastCitizenAt = Parse(LastCitizenAt),
            ReleasedAt = Parse(ReleasedAt), ReleasedBy = ReleasedBy,
        };
    }

    sealed record LineRow
    {
        public required long Id { get; init; }
        public required string Author { get; init; }
        public string? OfficerName { get; init; }
        public required string Text { get; init; }
        public required string At { get; init; }
        public long? OutboxId { get; init; }
        public string? Delivery { get; init; }

        public HandoffLine ToLine() => new()
        {
            Id = Id, Author = Author, OfficerName = OfficerName, Text = Text, At = StoredTime.Parse(At), OutboxId = OutboxId, Delivery = Delivery,
        };
    }

    sealed record TranscriptRow
    {
        public required string Direction { get; init; }
        public required string Text { get; init; }
        public required string At { get; init; }
    }

    static DateTimeOffset? Parse(string? stored) => stored is null ? null : StoredTime.Parse(stored);
}
