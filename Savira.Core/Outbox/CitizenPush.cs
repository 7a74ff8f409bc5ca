using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Dialogue;

namespace Savira.Core.Outbox;

/// <summary>
/// A message pushed to a citizen at once, over the channel they wrote on: WhatsApp through the outbox (free text
/// inside the 24-hour window, the notice template outside it), the web chat page by its own fetch of the outbox; a
/// channel that cannot be reached on its own (the terminal) gets it before the reply to its next message.
/// </summary>
public static class CitizenPush
{
    /// <summary>
    /// Runs on the writer's connection inside the write that causes it; once per <paramref name="dedupeKey"/> (the
    /// caller's write happens once too: it is a state change that a retry finds already made).
    /// Returns the outbox row, or null when the message waits for the citizen's next turn.
    /// </summary>
    public static long? Enqueue(SqliteConnection connection, string dedupeKey, string sender, string text, string subject, DateTimeOffset now,
        string? mediaUrl = null)
    {
        var channel = ChannelOf(sender);
        if (channel is not ("whatsapp" or "webchat"))
        {
            CitizenNotices.Add(connection, sender, text, now); // callers push once: each is a state change written once
            return null;
        }
        var variables = channel == "whatsapp" ? JsonSerializer.Serialize(new Dictionary<string, string> { ["1"] = subject }) : null;
        OutboxStore.Enqueue(connection, dedupeKey, channel, sender, text, variables, now, OutboxMessage.NoticeTemplate, mediaUrl);
        return connection.ExecuteScalar<long>("SELECT id FROM outbox WHERE dedupe_key = @dedupeKey", new { dedupeKey });
    }

    /// <summary>"whatsapp:+62…" → "whatsapp", "webchat:visitor" → "webchat".</summary>
    public static string ChannelOf(string sender) => sender.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? sender[..colon] : sender;
}
