using System.Text.Json;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;
using Savira.Core.Dialogue;
using Savira.Core.Inbound;
using Savira.Core.Privacy;
using Savira.Core.Replies;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Training;

namespace Savira.Core.Journal;

/// <summary>
/// Every message in and out, kept in SQLite. Recording a message, its replies, the sender's new session
/// and, when it could not be served, its row in unanswered_messages is one write, so either all of it is
/// committed or none is; the (channel, message id) key
/// makes a second recording of the same message a no-op.
/// </summary>
public sealed class MessageJournal(Database database, DatabaseWriter writer, UnansweredGroups groups)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// What the database holds for <paramref name="message"/> as it arrives, in one snapshot: read once per message,
    /// under the sender's lock, before the conversation engine runs.
    /// </summary>
    public Arrival Arrive(IncomingMessage message) => database.ReadTogether(connection =>
        FindReply(connection, message.Channel, message.MessageId) is { } earlier
            ? new Arrival { EarlierReply = earlier }
            : new Arrival
            {
                Handoff = Services.Handoff.SqliteHandoffDesk.Active(connection, message.Sender, message.MessageId),
                PendingNotices = CitizenNotices.Pending(connection, message.Sender),
            });

    /// <summary>The reply given when this message was first seen, or null when it is new.</summary>
    public Reply? FindReply(string channel, string messageId) => database.Read(connection => FindReply(connection, channel, messageId));

    static Reply? FindReply(SqliteConnection connection, string channel, string messageId)
    {
        var inbound = HotStatement.On(connection, "SELECT id, intent, handler FROM inbound_messages WHERE channel = @channel AND message_id = @messageId")
            .Bind("@channel", channel)
            .Bind("@messageId", messageId)
            .Rows(static row => (Id: row.Number(0), Intent: row.Text(1), Handler: row.Text(2)), stopAfterFirst: true);
        if (inbound.Count == 0)
            return null;

        var (id, intent, handler) = inbound[0];
        var messages = HotStatement.On(connection, "SELECT body FROM outbound_messages WHERE inbound_id = @id ORDER BY sequence")
            .Bind("@id", id)
            .Rows(static row => row.Text(0)!);
        return new Reply
        {
            Messages = messages,
            Intent = intent is not null && IntentIds.TryParse(intent, out var known) ? known : null,
            Handler = handler,
        };
    }

    /// <summary>Commits the message, its reply and the session; false when the message was already recorded.</summary>
    public Task<bool> RecordAsync(IncomingMessage message, ConversationStep step, CancellationToken cancellationToken)
    {
        // Masked before it is written: the inbox keeps the question, never the NIK or number in it.
        var question = step.Unanswered is { } unanswered ? Mask.Text(unanswered.Question ?? message.Text) : null;
        var entry = new Entry(
            message, step, question,
            Group: question is null ? null : groups.KeyFor(question),
            Intent: step.Reply.Intent?.ToId(),
            ReceivedAt: StoredTime.Format(message.ReceivedAt),
            Media: message.Media.Count == 0 ? null : JsonSerializer.Serialize(message.Media, Json),
            Session: SessionStore.Stored(step.Session));
        return writer.WriteAsync(connection => Record(connection, entry), cancellationToken);
    }

    /// <summary>
    /// What one message writes, every value already formatted: the writer's thread is the one part of the path that
    /// messages pass one at a time, so it only binds and steps.
    /// </summary>
    sealed record Entry(
        IncomingMessage Message, ConversationStep Step, string? Question, string? Group, string? Intent, string ReceivedAt, string? Media,
        SessionStore.StoredSession Session);

    // Runs on the writer's connection for every message, so its statements are hot statements there.
    static bool Record(SqliteConnection connection, Entry entry)
    {
        var (message, step, question, group, intent, receivedAt, media, session) = entry;
        var inboundId = HotStatement.On(connection,
                """
                INSERT INTO inbound_messages
                    (channel, message_id, sender, profile_name, body, media, latitude, longitude, received_at, intent, confidence, handler, answered_entry)
                VALUES
                    (@channel, @messageId, @sender, @profileName, @body, @media, @latitude, @longitude, @receivedAt, @intent, @confidence, @handler, @answeredEntry)
                ON CONFLICT (channel, message_id) DO NOTHING
                RETURNING id
                """)
            .Bind("@channel", message.Channel)
            .Bind("@messageId", message.MessageId)
            .Bind("@sender", message.Sender)
            .Bind("@profileName", message.ProfileName)
            .Bind("@body", message.Text)
            .Bind("@media", media)
            .Bind("@latitude", message.Location?.Latitude)
            .Bind("@longitude", message.Location?.Longitude)
            .Bind("@receivedAt", receivedAt)
            .Bind("@intent", intent)
            .Bind("@confidence", step.Confidence)
            .Bind("@handler", step.Reply.Handler)
            .Bind("@answeredEntry", step.Reply.AnsweredEntry)
            .ExecuteNumber();
        if (inboundId is not { } id)
            return false;

        for (var sequence = 0; sequence < step.Reply.Messages.Count; sequence++)
        {
            HotStatement.On(connection,
                    """
                    INSERT INTO outbound_messages (inbound_id, channel, recipient, sequence, body, intent, handler, created_at)
                    VALUES (@inboundId, @channel, @recipient, @sequence, @body, @intent, @handler, @createdAt)
                    """)
                .Bind("@inboundId", id)
                .Bind("@channel", message.Channel)
                .Bind("@recipient", message.Sender)
                .Bind("@sequence", sequence)
                .Bind("@body", step.Reply.Messages[sequence])
                .Bind("@intent", intent)
                .Bind("@handler", step.Reply.Handler)
                .Bind("@createdAt", receivedAt)
                .Execute();
        }

        if (step.Unanswered is { } unanswered)
        {
            HotStatement.On(connection,
                    """
                    INSERT INTO unanswered_messages (inbound_id, body, reason, best_intent, confidence, received_at, group_key)
                    VALUES (@inboundId, @body, @reason, @bestIntent, @confidence, @receivedAt, @groupKey)
                    """)
                .Bind("@inboundId", id)
                .Bind("@body", question)
                .Bind("@groupKey", group)
                .Bind("@reason", unanswered.Reason)
                .Bind("@bestIntent", unanswered.BestGuess?.ToId())
                .Bind("@confidence", unanswered.Confidence)
                .Bind("@receivedAt", receivedAt)
                .Execute();
        }

        if (step.Handoff is { } handoff)
            Services.Handoff.SqliteHandoffDesk.Apply(connection, handoff, message.ReceivedAt);
        SessionStore.Save(connection, session);
        CitizenNotices.MarkDelivered(connection, step.DeliveredNotices, message.ReceivedAt);
        return true;
    }
}
