using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Savira.Core.Data;
using Savira.Core.Memory;

namespace Savira.Core.Dialogue;

/// <summary>
/// Sessions in SQLite; saves ride in the message's write batch. A session committed by this process is
/// also kept in memory (<see cref="Remember"/>), so the next message from the same sender needs no read:
/// every write of the sessions table must therefore go through <see cref="Save"/> and then
/// <see cref="Remember"/> (or <see cref="Forget"/>) once committed. The database stays the truth — an
/// entry missing from memory is read from it. The memory is bounded by senders and by bytes (a topic holds the
/// citizen's words); the senders heard from least recently leave it first.
/// </summary>
public sealed class SessionStore(Database database, IOptions<SessionOptions> options)
{
    /// <summary>A sender id longer than this (none is: a WhatsApp address or a web chat visitor) is always read from the database.</summary>
    const int MaxSenderLength = 128;

    // Intents by their wire id ("izin_nakes"), so adding an intent never changes what a stored session means;
    // sessions written before that, with intents as numbers, still read.
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    // Not promoted on a read: the message that read a session remembers its next one when committed.
    readonly BoundedCache<Session> remembered = new(
        options.Value.RememberedSenders, options.Value.RememberedMegabytes * (1L << 20), MaxSenderLength, SessionBytes, promoteOnRead: false);

    /// <summary>How much the remembered sessions hold.</summary>
    public CacheUse RememberedUse => remembered.Use;

    public Session? Find(string sender) => remembered.TryGetValue(sender, out var session) ? session : Load(sender);

    /// <summary>Keeps <paramref name="session"/>, already committed, for the sender's next message.</summary>
    public void Remember(Session session) => remembered.Set(session.Sender, session);

    /// <summary>Drops the remembered session: for a write to the sessions table made elsewhere.</summary>
    public void Forget(string sender) => remembered.Remove(sender);

    /// <summary>Drops every remembered session: for a write to many rows of the sessions table made elsewhere.</summary>
    public void ForgetAll() => remembered.Clear();

    /// <summary>
    /// A session's size, roughly: the records and their fixed fields, and every string it holds (the sender is
    /// also the key, counted there). Strings a session shares with others (intent steps) are counted anyway.
    /// </summary>
    static long SessionBytes(Session session)
    {
        const long Record = 64, Dialogue = 72, Topic = 48, Slot = 24, Table = 96, List = 56;
        var bytes = Record + ObjectBytes.Of(session.Sender);
        if (session.Topic is { } topic)
            bytes += Topic + ObjectBytes.Of(topic.Text);
        if (session.Dialogue is { } dialogue)
        {
            bytes += Dialogue + ObjectBytes.Of(dialogue.Step) + Table + List;
            foreach (var (name, value) in dialogue.Slots)
                bytes += Slot + ObjectBytes.Of(name) + ObjectBytes.Of(value);
            foreach (var choice in dialogue.Choices)
                bytes += 8 + ObjectBytes.Of(choice);
        }
        return bytes;
    }

    Session? Load(string sender)
    {
        var row = database.Read(connection => connection.QuerySingleOrDefault<SessionRow>(
            """
            SELECT sender, started_at AS startedAt, last_activity_at AS lastActivityAt, dialogue, topic
            FROM sessions WHERE sender = @sender
            """,
            new { sender }));
        return row is null
            ? null
            : new Session
            {
                Sender = row.Sender,
                StartedAt = StoredTime.Parse(row.StartedAt),
                LastActivityAt = StoredTime.Parse(row.LastActivityAt),
                Dialogue = row.Dialogue is null ? null : JsonSerializer.Deserialize<DialogueState>(row.Dialogue, Json),
                Topic = row.Topic is null ? null : JsonSerializer.Deserialize<Topic>(row.Topic, Json),
            };
    }

    /// <summary>The session as its row stores it, made on the caller's thread so the writer's thread only binds it.</summary>
    public static StoredSession Stored(Session session) => new(
        session.Sender,
        StoredTime.Format(session.StartedAt),
        StoredTime.Format(session.LastActivityAt),
        session.Dialogue is null ? null : JsonSerializer.Serialize(session.Dialogue, Json),
        session.Topic is null ? null : JsonSerializer.Serialize(session.Topic, Json));

    /// <summary>Runs on the writer's connection, inside its transaction; the statement stays compiled there.</summary>
    public static void Save(SqliteConnection connection, StoredSession session) =>
        HotStatement.On(connection,
                """
                INSERT INTO sessions (sender, started_at, last_activity_at, dialogue, topic)
                VALUES (@sender, @startedAt, @lastActivityAt, @dialogue, @topic)
                ON CONFLICT (sender) DO UPDATE SET
                    started_at = excluded.started_at,
                    last_activity_at = excluded.last_activity_at,
                    dialogue = excluded.dialogue,
                    topic = excluded.topic
                """)
            .Bind("@sender", session.Sender)
            .Bind("@startedAt", session.StartedAt)
            .Bind("@lastActivityAt", session.LastActivityAt)
            .Bind("@dialogue", session.Dialogue)
            .Bind("@topic", session.Topic)
            .Execute();

    /// <summary>A session row's values: times as stored, dialogue and topic as JSON.</summary>
    public sealed record StoredSession(string Sender, string StartedAt, string LastActivityAt, string? Dialogue, string? Topic);

    sealed record SessionRow
    {
        public required string Sender { get; init; }
        public required string StartedAt { get; init; }
        public required string LastActivityAt { get; init; }
        public string? Dialogue { get; init; }
        public string? Topic { get; init; }
    }
}
