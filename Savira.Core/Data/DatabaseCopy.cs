using Microsoft.Data.Sqlite;

namespace Savira.Core.Data;

/// <summary>A consistent copy of a SQLite file taken with SQLite's online backup, so a running bot is not disturbed.</summary>
public static class DatabaseCopy
{
    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>; nothing when the source does not exist yet.</summary>
    public static void Backup(string source, string target)
    {
        if (!File.Exists(source))
            return;
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }
}
