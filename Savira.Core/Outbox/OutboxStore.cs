using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;

namespace Savira.Core.Outbox;

/// <summary>
/// The outbox table. Messages are added inside the write that causes them (so they exist exactly when
/// their cause is committed); the sender claims each one before calling the provider and records the
/// answer afterwards, so a message is handed to the provider at most once, across restarts too.
/// </summary>
public sealed class OutboxStore(Database database, DatabaseWriter writer)
{
    /// <summary>Adds a message unless one with the same dedupe key exists; runs on the writer's connection.</summary>
    public static bool Enqueue(SqliteConnection connection, string dedupeKey, string channel, string recipient, string body,
        string? templateVariables, DateTimeOffset now, string? template = null, string? mediaUrl = null) =>
        connection.Execute(
            """
            INSERT INTO outbox (dedupe_key, channel, recipient, body, template_variables, template, media_url, status, next_attempt_at, created_at)
            VALUES (@dedupeKey, @channel, @recipient, @body, @templateVariables, @template, @mediaUrl, 'pending', @now, @now)
            ON CONFLICT (dedupe_key) DO NOTHING
            """,
            new { dedupeKey, channel, recipient, body, templateVariables, template, mediaUrl, now = StoredTime.Format(now) }) > 0;

    /// <summary>
    /// Messages for a web chat visitor after <paramref name="afterId"/>: the page fetches them (it has no provider),
    /// and the first fetch marks them sent.
    /// </summary>
    public Task<IReadOnlyList<OutboxMessage>> TakeWebChatAsync(string recipient, long afterId, DateTimeOffset now, CancellationToken cancellationToken) =>
        writer.WriteAsync<IReadOnlyList<OutboxMessage>>(connection =>
        {
            var messages = connection.Query<OutboxMessage>(
                $"SELECT {OutboxMessage.Columns} FROM outbox WHERE channel = 'webchat' AND recipient = @recipient AND id > @afterId ORDER BY id LIMIT 50",
                new { recipient, afterId }).AsList();
            connection.Execute(
                "UPDATE outbox SET status = 'sent', sent_at = @now, delivery_status = 'delivered' WHERE id IN @ids AND status = 'pending'",
                new { ids = messages.Select(message => message.Id), now = StoredTime.Format(now) });
            return messages;
        }, cancellationToken);

    public IReadOnlyList<OutboxMessage> Due(DateTimeOffset now, int limit)
    {
        using var connection = database.Open();
        return connection.Query<OutboxMessage>(
            $"SELECT {OutboxMessage.Columns} FROM outbox WHERE status = 'pending' AND channel = 'whatsapp' AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @limit",
            new { now = StoredTime.Format(now), limit }).AsList();
    }

    public DateTimeOffset? NextAttemptAt()
    {
        using var connection = database.Open();
        var next = connection.ExecuteScalar<string?>("SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending' AND channel = 'whatsapp'");
        return next is null ? null : StoredTime.Parse(next);
    }

    public OutboxMessage? Find(long id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<OutboxMessage>($"SELECT {OutboxMessage.Columns} FROM outbox WHERE id = @id", new { id });
    }

    /// <summary>Marks the message as being sent; false when another sender (or an earlier run) has it.</summary>
    public Task<bool> ClaimAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1 WHERE id = @id AND status = 'pending'", new { id }) == 1,
            cancellationToken);

    public Task MarkSentAsync(long id, string providerSid, string? deliveryStatus, bool usedTemplate, DateTimeOffset now, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            """
            UPDATE outbox SET status = 'sent', provider_sid = @providerSid, sent_at = @now, used_template = @usedTemplate,
                delivery_status = COALESCE(delivery_status, @deliveryStatus), last_error = NULL
            WHERE id = @id
            """,
            new { id, providerSid, now = StoredTime.Format(now), usedTemplate, deliveryStatus }), cancellationToken);

    public Task MarkRetryAsync(long id, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "UPDATE outbox SET status = 'pending', next_attempt_at = @next, last_error = @error WHERE id = @id",
            new { id, next = StoredTime.Format(nextAttemptAt), error }), cancellationToken);

    public Task MarkFailedAsync(long id, string error, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "UPDATE outbox SET status = 'failed', last_error = @error WHERE id = @id", new { id, error }), cancellationToken);

    /// <summary>
    /// Messages left in 'sending' by a run that stopped mid-call may or may not have reached the provider;
    /// they are set aside as 'uncertain' rather than sent a second time.
    /// </summary>
    public Task<int> SetAsideInterruptedAsync(CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "UPDATE outbox SET status = 'uncertain', last_error = 'interrupted while sending' WHERE status = 'sending'"), cancellationToken);

    /// <summary>Stores a delivery report; a report older than the one stored (they may arrive out of order) is ignored.</summary>
    public Task<bool> RecordDeliveryAsync(long? id, string providerSid, string deliveryStatus, string? errorCode, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        writer.WriteAsync(connection =>
        {
            var row = connection.QuerySingleOrDefault<(long Id, string? Sid, string? Status)?>(
                "SELECT id, provider_sid, delivery_status FROM outbox WHERE provider_sid = @providerSid OR (id = @id AND (provider_sid IS NULL OR provider_sid = @providerSid))",
                new { id, providerSid });
            if (row is not { } found)
                return false;
            if (Rank(deliveryStatus) < Rank(found.Status))
                return true;
            connection.Execute(
                """
                UPDATE outbox SET provider_sid = @providerSid, delivery_status = @deliveryStatus,
                    delivery_error_code = @errorCode, delivery_updated_at = @now
                WHERE id = @Id
                """,
                new { found.Id, providerSid, deliveryStatus, errorCode, now = StoredTime.Format(now) });
            return true;
        }, cancellationToken);

    /// <summary>
    /// When the recipient last wrote to us on the channel, if that was at or after <paramref name="notBefore"/>: WhatsApp
    /// allows free-form messages for 24 hours after it. The bound keeps the lookup to the index's recent end.
    /// </summary>
    public DateTimeOffset? LastInboundAt(string channel, string recipient, DateTimeOffset notBefore)
    {
        using var connection = database.Open();
        var last = connection.ExecuteScalar<string?>(
            "SELECT MAX(received_at) FROM inbound_messages WHERE received_at >= @notBefore AND +channel = @channel AND sender = @recipient",
            new { channel, recipient, notBefore = StoredTime.Format(notBefore) });
        return last is null ? null : StoredTime.Parse(last);
    }

    static int Rank(string? status) => status switch
    {
        null => 0,
        "accepted" or "scheduled" or "queued" => 1,
        "sending" => 2,
        "sent" => 3,
        "delivered" or "undelivered" or "failed" => 4,
        "read" => 5,
        _ => 1,
    };
}
