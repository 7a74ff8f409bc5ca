using System.Globalization;
using Dapper;
using Savira.Bot.Hosting;
using Savira.Core.Data;
using Savira.Core.Privacy;

namespace Savira.Bot.Commands;

/// <summary>
/// `backup FILE`: a consistent copy of the configured database, taken while the bot runs (SQLite's online backup
/// API), checked with integrity_check; audited. Exit code 0 when the copy is whole, 2 for a wrong command line or an
/// existing FILE, 1 when there is no database or the copy failed.
/// </summary>
public static class BackupCommand
{
    const string Usage = "Usage: backup FILE   (a new file; the live database is the one Savira:Database:Path names)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        var destination = Path.GetFullPath(args[0]);
        if (File.Exists(destination))
        {
            await error.WriteLineAsync($"backup: {destination} already exists; give a new file name (a backup never overwrites one).");
            return 2;
        }

        using var host = SaviraCommandHost.Build(args[1..]);
        var database = host.Services.GetRequiredService<Database>();
        if (!File.Exists(database.FilePath))
        {
            await error.WriteLineAsync($"backup: there is no database at {database.FilePath}; check Savira:Database:Path.");
            return 1;
        }

        BackupResult backup;
        try
        {
            backup = DatabaseBackup.Copy(database.FilePath, destination);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            await error.WriteLineAsync($"backup: no backup was made: {exception.Message}");
            return 1;
        }

        var actor = AuditLog.CurrentActor();
        var writer = host.Services.GetRequiredService<DatabaseWriter>();
        var auditId = await writer.WriteAsync(connection =>
            connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'") == 1
                ? AuditLog.Append(connection, host.Services.GetRequiredService<TimeProvider>().GetUtcNow(), actor, "backup",
                    new { file = backup.File, bytes = backup.Bytes, messages = backup.Messages })
                : (long?)null);

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Backed up {database.FilePath} to {backup.File}: {backup.Bytes / 1024.0 / 1024.0:0.0} MB, {backup.Messages:N0} messages, "
            + $"schema {backup.SchemaVersion}, integrity ok; the live file was read for {backup.CopyTime.TotalMilliseconds:0} ms."));
        if (auditId is { } id)
            await output.WriteLineAsync($"Recorded in audit_log #{id} ({actor}).");
        return 0;
    }
}
