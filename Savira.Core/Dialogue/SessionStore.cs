using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;

namespace Savira.Core.Dialogue;

/// <summary>Sessions in SQLite. Reads go straight to the database; saves ride in the message's write batch.</summary>
public sealed class SessionStore(Database database)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Session? Find(string sender)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<SessionRow>(
            """
            SELECT sender, started_at AS startedAt, last_activity_at AS lastActivityAt, dialogue
            FROM sessions WHERE sender = @sender
            """,
            new { sender });
        return row is null
            ? null
            : new Session
            {
                Sender = row.Sender,
                StartedAt = DateTimeOffset.Parse(row.StartedAt, System.Globalization.CultureInfo.InvariantCulture),
                LastActivityAt = DateTimeOffset.Parse(row.LastActivityAt, System.Globalization.CultureInfo.InvariantCulture),
                Dialogue = row.Dialogue is null ? null : JsonSerializer.Deserialize<DialogueState>(row.Dialogue, Json),
            };
    }

    /// <summary>Runs on the writer's connection, inside its transaction.</summary>
    public static void Save(SqliteConnection connection, Session session) =>
        connection.Execute(
            """
            INSERT INTO sessions (sender, started_at, last_activity_at, dialogue)
            VALUES (@Sender, @StartedAt, @LastActivityAt, @Dialogue)
            ON CONFLICT (sender) DO UPDATE SET
                started_at = excluded.started_at,
                last_activity_at = excluded.last_activity_at,
                dialogue = excluded.dialogue
            """,
            new
            {
                session.Sender,
                StartedAt = session.StartedAt.ToString("O"),
                LastActivityAt = session.LastActivityAt.ToString("O"),
                Dialogue = session.Dialogue is null ? null : JsonSerializer.Serialize(session.Dialogue, Json),
            });

    sealed record SessionRow
    {
        public required string Sender { get; init; }
        public required string StartedAt { get; init; }
        public required string LastActivityAt { get; init; }
        public string? Dialogue { get; init; }
    }
}
