using System.Text.Json;
using Dapper;
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
    public Reply? FindReply(string channel, string messageId)
    {
        using var connection = database.Open();
        var inbound = connection.QuerySingleOrDefault<InboundRow>(
            "SELECT id, intent, handler FROM inbound_messages WHERE channel = @channel AND message_id = @messageId",
            new { channel, messageId });
        if (inbound is null)
            return null;

        var messages = connection.Query<string>(
            "SELECT body FROM outbound_messages WHERE inbound_id = @Id ORDER BY sequence", new { inbound.Id }).ToList();
        return new Reply
        {
            Messages = messages,
            Intent = inbound.Intent is not null && IntentIds.TryParse(inbound.Intent, out var intent) ? intent : null,
            Handler = inbound.Handler,
            IsRepeat = true,
        };
    }

    /// <summary>Commits the message, its reply and the session; false when the message was already recorded.</summary>
    public Task<bool> RecordAsync(IncomingMessage message, ConversationStep step, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection =>
        {
            var inboundId = connection.ExecuteScalar<long?>(
                """
                INSERT INTO inbound_messages
                    (channel, message_id, sender, profile_name, body, media, latitude, longitude, received_at, intent, confidence, handler)
                VALUES
                    (@Channel, @MessageId, @Sender, @ProfileName, @Text, @Media, @Latitude, @Longitude, @ReceivedAt, @Intent, @Confidence, @Handler)
                ON CONFLICT (channel, message_id) DO NOTHING
                RETURNING id
                """,
                new
                {
                    message.Channel,
                    message.MessageId,
                    message.Sender,
                    message.ProfileName,
                    message.Text,
                    Media = message.Media.Count == 0 ? null : JsonSerializer.Serialize(message.Media, Json),
                    message.Location?.Latitude,
                    message.Location?.Longitude,
                    ReceivedAt = message.ReceivedAt.ToString("O"),
                    Intent = step.Reply.Intent?.ToId(),
                    step.Confidence,
                    step.Reply.Handler,
                });
            if (inboundId is null)
                return false;

            var createdAt = message.ReceivedAt.ToString("O");
            for (var sequence = 0; sequence < step.Reply.Messages.Count; sequence++)
            {
                connection.Execute(
                    """
                    INSERT INTO outbound_messages (inbound_id, channel, recipient, sequence, body, intent, handler, created_at)
                    VALUES (@inboundId, @Channel, @Sender, @sequence, @body, @Intent, @Handler, @createdAt)
                    """,
                    new
                    {
                        inboundId,
                        message.Channel,
                        message.Sender,
                        sequence,
                        body = step.Reply.Messages[sequence],
                        Intent = step.Reply.Intent?.ToId(),
                        step.Reply.Handler,
                        createdAt,
                    });
            }

            if (step.Unanswered is { } unanswered)
            {
                connection.Execute(
                    """
                    INSERT INTO unanswered_messages (inbound_id, body, reason, best_intent, confidence, received_at)
                    VALUES (@inboundId, @Text, @Reason, @BestGuess, @Confidence, @ReceivedAt)
                    """,
                    new
                    {
                        inboundId,
                        message.Text,
                        unanswered.Reason,
                        BestGuess = unanswered.BestGuess?.ToId(),
                        unanswered.Confidence,
                        ReceivedAt = message.ReceivedAt.ToString("O"),
                    });
            }

            SessionStore.Save(connection, step.Session);
            CitizenNotices.MarkDelivered(connection, step.DeliveredNotices, message.ReceivedAt);
            return true;
        }, cancellationToken);

    sealed record InboundRow
    {
        public required long Id { get; init; }
        public string? Intent { get; init; }
        public string? Handler { get; init; }
    }
}
