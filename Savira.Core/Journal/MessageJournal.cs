using System.Text.Json;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;
using Savira.Core.Dialogue;
using Savira.Core.Inbound;
using Savira.Core.Replies;
using Savira.Core.Understanding;

namespace Savira.Core.Journal;

/// <summary>
/// Every message in and out, kept in SQLite. Recording a message, its replies, the sender's new session
/// and, when it could not be served, its row in unanswered_messages is one write, so either all of it is
/// committed or none is; the (channel, message id) key
/// makes a second recording of the same message a no-op.
/// </summary>
public sealed class MessageJournal(Database database, DatabaseWriter writer)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The reply given when this message was first seen, or null when it is new.</summary>
    public Reply? FindReply(string channel, string messageId) => database.Read(connection =>
    {
        long id;
        string? intent, handler;
        using (var inbound = connection.Prepared("SELECT id, intent, handler FROM inbound_messages WHERE channel = @channel AND message_id = @messageId")
            .With("@channel", channel)
            .With("@messageId", messageId)
            .ExecuteReader())
        {
            if (!inbound.Read())
                return null;
            id = inbound.GetInt64(0);
            intent = inbound.IsDBNull(1) ? null : inbound.GetString(1);
            handler = inbound.IsDBNull(2) ? null : inbound.GetString(2);
        }

        var messages = new List<string>();
        using (var outbound = connection.Prepared("SELECT body FROM outbound_messages WHERE inbound_id = @id ORDER BY sequence").With("@id", id).ExecuteReader())
        {
            while (outbound.Read())
                messages.Add(outbound.GetString(0));
        }
        return new Reply
        {
            Messages = messages,
            Intent = intent is not null && IntentIds.TryParse(intent, out var known) ? known : null,
            Handler = handler,
        };
    });

    /// <summary>Commits the message, its reply and the session; false when the message was already recorded.</summary>
    public Task<bool> RecordAsync(IncomingMessage message, ConversationStep step, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => Record(connection, message, step), cancellationToken);

    // Runs on the writer's connection for every message, so the statements stay prepared there.
    static bool Record(SqliteConnection connection, IncomingMessage message, ConversationStep step)
    {
        var intent = step.Reply.Intent?.ToId();
        var receivedAt = StoredTime.Format(message.ReceivedAt);
        var inboundId = connection.Prepared(
                """
                INSERT INTO inbound_messages
                    (channel, message_id, sender, profile_name, body, media, latitude, longitude, received_at, intent, confidence, handler)
                VALUES
                    (@channel, @messageId, @sender, @profileName, @body, @media, @latitude, @longitude, @receivedAt, @intent, @confidence, @handler)
                ON CONFLICT (channel, message_id) DO NOTHING
                RETURNING id
                """)
            .With("@channel", message.Channel)
            .With("@messageId", message.MessageId)
            .With("@sender", message.Sender)
            .With("@profileName", message.ProfileName)
            .With("@body", message.Text)
            .With("@media", message.Media.Count == 0 ? null : JsonSerializer.Serialize(message.Media, Json))
            .With("@latitude", message.Location?.Latitude)
            .With("@longitude", message.Location?.Longitude)
            .With("@receivedAt", receivedAt)
            .With("@intent", intent)
            .With("@confidence", step.Confidence)
            .With("@handler", step.Reply.Handler)
            .ExecuteScalar();
        if (inboundId is null or DBNull)
            return false;

        for (var sequence = 0; sequence < step.Reply.Messages.Count; sequence++)
        {
            connection.Prepared(
                    """
                    INSERT INTO outbound_messages (inbound_id, channel, recipient, sequence, body, intent, handler, created_at)
                    VALUES (@inboundId, @channel, @recipient, @sequence, @body, @intent, @handler, @createdAt)
                    """)
                .With("@inboundId", inboundId)
                .With("@channel", message.Channel)
                .With("@recipient", message.Sender)
                .With("@sequence", sequence)
                .With("@body", step.Reply.Messages[sequence])
                .With("@intent", intent)
                .With("@handler", step.Reply.Handler)
                .With("@createdAt", receivedAt)
                .ExecuteNonQuery();
        }

        if (step.Unanswered is { } unanswered)
        {
            connection.Prepared(
                    """
                    INSERT INTO unanswered_messages (inbound_id, body, reason, best_intent, confidence, received_at)
                    VALUES (@inboundId, @body, @reason, @bestIntent, @confidence, @receivedAt)
                    """)
                .With("@inboundId", inboundId)
                .With("@body", message.Text)
                .With("@reason", unanswered.Reason)
                .With("@bestIntent", unanswered.BestGuess?.ToId())
                .With("@confidence", unanswered.Confidence)
                .With("@receivedAt", receivedAt)
                .ExecuteNonQuery();
        }

        SessionStore.Save(connection, step.Session);
        CitizenNotices.MarkDelivered(connection, step.DeliveredNotices, message.ReceivedAt);
        return true;
    }
}
