using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Savira.Core.Data;

/// <summary>
/// A consistent copy of the live database through SQLite's online backup API, while the bot goes on writing:
/// the copy is every page as of one commit (one read transaction on the live file, which in WAL mode never
/// blocks the writer). It is written beside the destination, made a self-contained file (no WAL), checked with
/// <c>PRAGMA integrity_check</c> and only then given the destination's name, so a file by that name is always a
/// whole backup.
/// </summary>
public static class DatabaseBackup
{
    public static BackupResult Copy(string livePath, string destination)
    {
        if (!File.Exists(livePath))
            throw new FileNotFoundException($"There is no database at {livePath}.", livePath);
        if (File.Exists(destination))
            throw new IOException($"{destination} already exists; give a new file name (a backup never overwrites one).");
        var folder = Path.GetDirectoryName(Path.GetFullPath(destination))!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.partial");

        var timer = Stopwatch.StartNew();
        try
        {
            BackupResult result;
            using (var source = new SqliteConnection(ConnectionString(livePath, SqliteOpenMode.ReadOnly)))
            using (var copy = new SqliteConnection(ConnectionString(partial, SqliteOpenMode.ReadWriteCreate)))
            {
                source.Open();
                copy.Open();
                // A lock held for a moment (the bot's WAL restart) is waited for rather than failing the backup.
                SQLitePCL.raw.sqlite3_busy_timeout(source.Handle, 30_000);
                SQLitePCL.raw.sqlite3_busy_timeout(copy.Handle, 30_000);
                source.BackupDatabase(copy);
                var copied = timer.Elapsed;
                copy.Execute("PRAGMA journal_mode = DELETE"); // one file: the bot turns WAL on again when it opens a restored copy
                var integrity = string.Join("; ", copy.Query<string>("PRAGMA integrity_check"));
                if (integrity != "ok")
                    throw new InvalidDataException($"The copy failed PRAGMA integrity_check: {integrity}");
                result = new BackupResult
                {
                    File = Path.GetFullPath(destination),
                    SchemaVersion = copy.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_version") ?? 0,
                    Messages = copy.ExecuteScalar<long?>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'inbound_messages'") == 1
                        ? copy.ExecuteScalar<long>("SELECT COUNT(*) FROM inbound_messages")
                        : 0,
                    CopyTime = copied,
                    TotalTime = TimeSpan.Zero,
                    Bytes = 0,
                };
            }
            File.Move(partial, destination, overwrite: false);
            return result with { TotalTime = timer.Elapsed, Bytes = new FileInfo(destination).Length };
        }
        finally
        {
            foreach (var leftover in new[] { partial, partial + "-journal" })
                if (File.Exists(leftover))
                    File.Delete(leftover);
        }
    }

    static string ConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString();
}

public sealed record BackupResult
{
    public required string File { get; init; }
    public required long Bytes { get; init; }
    public required long SchemaVersion { get; init; }
    public required long Messages { get; init; }

    /// <summary>How long the live file was read (one read transaction).</summary>
    public required TimeSpan CopyTime { get; init; }

    public required TimeSpan TotalTime { get; init; }
}
