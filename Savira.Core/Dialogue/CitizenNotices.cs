using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;

namespace Savira.Core.Dialogue;

/// <summary>
/// Messages waiting for a citizen (a report's new status, a released handoff). They are shown before
/// the reply to the citizen's next message and marked delivered in the same write as that reply.
/// </summary>
public sealed class CitizenNotices(Database database)
{
    public IReadOnlyList<CitizenNotice> Pending(string sender) => database.Read(connection => Pending(connection, sender));

    /// <summary>On a read connection; asked for every message (see <see cref="Journal.MessageJournal.Arrive"/>).</summary>
    internal static IReadOnlyList<CitizenNotice> Pending(SqliteConnection connection, string sender) =>
        HotStatement.On(connection, "SELECT id, text FROM citizen_notices WHERE sender = @sender AND delivered_at IS NULL ORDER BY id")
            .Bind("@sender", sender)
            .Rows(static row => new CitizenNotice { Id = row.Number(0), Text = row.Text(1)! });

    /// <summary>Runs on the writer's connection, inside its transaction.</summary>
    public static void Add(SqliteConnection connection, string sender, string text, DateTimeOffset now) =>
        connection.Execute(
            "INSERT INTO citizen_notices (sender, text, created_at) VALUES (@sender, @text, @now)",
            new { sender, text, now = StoredTime.Format(now) });

    /// <summary>Runs on the writer's connection, inside its transaction.</summary>
    public static void MarkDelivered(SqliteConnection connection, IReadOnlyList<long> ids, DateTimeOffset now)
    {
        if (ids.Count > 0)
            connection.Execute(
                "UPDATE citizen_notices SET delivered_at = @now WHERE id IN @ids AND delivered_at IS NULL",
                new { ids, now = StoredTime.Format(now) });
    }
}

public sealed record CitizenNotice
{
    public required long Id { get; init; }
    public required string Text { get; init; }
}
