using Dapper;
using Microsoft.Data.Sqlite;

namespace Savira.LoadBench;

/// <summary>
/// After the full run: every message answered with 200 must be in inbound_messages, and every reply
/// message the client received must be in outbound_messages — the host answers only after COMMIT.
/// </summary>
internal static class CommitCheck
{
    public static bool Verify(string databasePath, long answered, long replyMessages)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=false");
        connection.Open();
        var inbound = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM inbound_messages");
        var outbound = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM outbound_messages");
        var orphans = connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM inbound_messages i WHERE NOT EXISTS (SELECT 1 FROM outbound_messages o WHERE o.inbound_id = i.id)");

        var ok = inbound == answered && outbound == replyMessages && orphans == 0;
        Console.WriteLine(
            $"full: SQLite has {inbound} inbound for {answered} answered, {outbound} outbound for {replyMessages} reply messages received, " +
            $"{orphans} inbound without a reply: {(ok ? "all committed" : "MISMATCH")}");
        return ok;
    }
}
