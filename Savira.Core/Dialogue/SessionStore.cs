using System.Collections.Concurrent;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;

namespace Savira.Core.Dialogue;

/// <summary>
/// Sessions in SQLite; saves ride in the message's write batch. A session committed by this process is
/// also kept in memory (<see cref="Remember"/>), so the next message from the same sender needs no read:
/// every write of the sessions table must therefore go through <see cref="Save"/> and then
/// <see cref="Remember"/> (or <see cref="Forget"/>) once committed. The database stays the truth — an
/// entry missing from memory is read from it.
/// </summary>
public sealed class SessionStore(Database database)
{
    /// <summary>Past this many remembered senders the memory is emptied and refills from the database.</summary>
    public const int MaxRemembered = 100_000;

    // Intents by their wire id ("izin_nakes"), so adding an intent never changes what a stored session means;
    // sessions written before that, with intents as numbers, still read.
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    readonly ConcurrentDictionary<string, Session> remembered = new(StringComparer.Ordinal);
    int rememberedCount;

    public Session? Find(string sender) => remembered.TryGetValue(sender, out var session) ? session : Load(sender);

    /// <summary>Keeps <paramref name="session"/>, already committed, for the sender's next message.</summary>
    public void Remember(Session session)
    {
        if (remembered.TryAdd(session.Sender, session))
        {
            // ConcurrentDictionary.Count takes every lock, so the size is kept here, roughly.
            if (Interlocked.Increment(ref rememberedCount) > MaxRemembered)
            {
                remembered.Clear();
                Interlocked.Exchange(ref rememberedCount, 0);
            }
        }
        else
        {
            remembered[session.Sender] = session;
        }
    }

    /// <summary>Drops the remembered session: for a write to the sessions table made elsewhere.</summary>
    public void Forget(string sender)
    {
        if (remembered.TryRemove(sender, out _))
            Interlocked.Decrement(ref rememberedCount);
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

    /// <summary>Runs on the writer's connection, inside its transaction; the statement stays compiled there.</summary>
    public static void Save(SqliteConnection connection, Session session) =>
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
            .Bind("@startedAt", StoredTime.Format(session.StartedAt))
            .Bind("@lastActivityAt", StoredTime.Format(session.LastActivityAt))
            .Bind("@dialogue", session.Dialogue is null ? null : JsonSerializer.Serialize(session.Dialogue, Json))
            .Bind("@topic", session.Topic is null ? null : JsonSerializer.Serialize(session.Topic, Json))
            .Execute();

    sealed record SessionRow
    {
        public required string Sender { get; init; }
        public required string StartedAt { get; init; }
        public required string LastActivityAt { get; init; }
        public string? Dialogue { get; init; }
        public string? Topic { get; init; }
    }
}
