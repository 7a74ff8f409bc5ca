using Dapper;
using Microsoft.Extensions.Options;
using Savira.Core.Data;
using Savira.Core.Dialogue;
using Savira.Core.Inbound;

namespace Savira.Core.Services.Handoff;

public sealed class SqliteHandoffDesk(Database database, DatabaseWriter writer, Journal.EffectLedger ledger, TimeProvider clock, IOptionsMonitor<HandoffOptions> options)
    : IHandoffDesk
{
    const string ReleasedNotice =
        "👋 Sesi bersama petugas sudah selesai. Terima kasih telah menunggu! Savira kembali siap membantu; ketik *menu* untuk melihat layanan.";

    public async Task<HandoffRequest> OpenAsync(IncomingMessage message, Journal.EffectKey effect, CancellationToken cancellationToken)
    {
        var expiresAt = message.ReceivedAt.AddMinutes(options.CurrentValue.TimeoutMinutes);
        var id = await ledger.ApplyAsync(effect, "handoff", connection => connection.ExecuteScalar<long>(
            """
            INSERT INTO handoffs (sender, channel, request_text, requested_at, expires_at, message_id)
            VALUES (@Sender, @Channel, @Text, @requestedAt, @expiresAt, @MessageId)
            RETURNING id
            """,
            new { message.Sender, message.Channel, message.Text, message.MessageId, requestedAt = StoredTime.Format(message.ReceivedAt), expiresAt = StoredTime.Format(expiresAt) }),
            cancellationToken).ConfigureAwait(false);
        return Find(id)!;
    }

    // Asked for every message: on the thread's read connection, with the statement kept prepared.
    public bool IsSilenced(string sender, string messageId, DateTimeOffset now) => database.Read(connection =>
        HotStatement.On(connection,
                "SELECT EXISTS (SELECT 1 FROM handoffs WHERE sender = @sender AND released_at IS NULL AND expires_at > @now AND message_id IS NOT @messageId)")
            .Bind("@sender", sender)
            .Bind("@messageId", messageId)
            .Bind("@now", StoredTime.Format(now))
            .ExecuteNumber() == 1);

    public IReadOnlyList<HandoffRequest> Open(DateTimeOffset now)
    {
        using var connection = database.Open();
        return connection.Query<Row>($"{Select} WHERE released_at IS NULL AND expires_at > @now ORDER BY id", new { now = StoredTime.Format(now) })
            .Select(row => row.ToRequest()).ToList();
    }

    public HandoffRequest? Find(long id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<Row>($"{Select} WHERE id = @id", new { id })?.ToRequest();
    }

    public IReadOnlyList<TranscriptLine> Transcript(string sender, int lines)
    {
        using var connection = database.Open();
        return connection.Query<LineRow>(
            """
            SELECT direction, text, at FROM (
                SELECT 'in' AS direction, body AS text, received_at AS at, id * 2 AS sort
                FROM inbound_messages WHERE sender = @sender
                UNION ALL
                SELECT 'out', body, created_at, inbound_id * 2 + 1 + sequence * 0.001
                FROM outbound_messages WHERE recipient = @sender
                ORDER BY sort DESC LIMIT @lines)
            ORDER BY sort
            """,
            new { sender, lines })
            .Select(row => new TranscriptLine(row.Direction, row.Text, StoredTime.Parse(row.At))).ToList();
    }

    public Task<ReleaseOutcome> ReleaseAsync(long id, string releasedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stored = StoredTime.Format(now);
        return writer.WriteAsync(connection =>
        {
            var row = connection.QuerySingleOrDefault<Row>($"{Select} WHERE id = @id", new { id });
            if (row is null)
                return ReleaseOutcome.NotFound;
            if (row.ReleasedAt is not null || string.CompareOrdinal(row.ExpiresAt, stored) <= 0)
                return ReleaseOutcome.AlreadyClosed;
            connection.Execute("UPDATE handoffs SET released_at = @stored, released_by = @releasedBy WHERE id = @id", new { id, stored, releasedBy });
            CitizenNotices.Add(connection, row.Sender, ReleasedNotice, now);
            return ReleaseOutcome.Released;
        }, cancellationToken);
    }

    const string Select =
        """
        SELECT id, sender, channel, request_text AS requestText, requested_at AS requestedAt, expires_at AS expiresAt,
               released_at AS releasedAt, released_by AS releasedBy
        FROM handoffs
        """;

    sealed record Row
    {
        public required long Id { get; init; }
        public required string Sender { get; init; }
        public required string Channel { get; init; }
        public required string RequestText { get; init; }
        public required string RequestedAt { get; init; }
        public required string ExpiresAt { get; init; }
        public string? ReleasedAt { get; init; }
        public string? ReleasedBy { get; init; }

        public HandoffRequest ToRequest() => new()
        {
            Id = Id, Sender = Sender, Channel = Channel, RequestText = RequestText,
            RequestedAt = StoredTime.Parse(RequestedAt), ExpiresAt = StoredTime.Parse(ExpiresAt),
            ReleasedAt = ReleasedAt is null ? null : StoredTime.Parse(ReleasedAt), ReleasedBy = ReleasedBy,
        };
    }

    sealed record LineRow
    {
        public required string Direction { get; init; }
        public required string Text { get; init; }
        public required string At { get; init; }
    }
}
