using Dapper;
using Microsoft.Extensions.Logging;

namespace Savira.Core.Data;

/// <summary>Brings the SQLite file to the schema this build expects, one migration per transaction.</summary>
public sealed partial class DatabaseMigrator(Database database, ILogger<DatabaseMigrator> logger)
{
    public int CurrentVersion()
    {
        using var connection = database.Open();
        EnsureVersionTable(connection);
        return connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    }

    /// <summary>
    /// Applies, in version order, every known migration up to <paramref name="targetVersion"/> (default: all)
    /// that the database has not recorded. Versions may have gaps; a version the code does not know means
    /// the database was written by a newer Savira, and nothing is touched.
    /// </summary>
    public void Migrate(int? targetVersion = null)
    {
        database.EnsureFolderExists();
        var known = Migration.All;
        var newestKnown = known.Count == 0 ? 0 : known[^1].Version;
        var target = targetVersion ?? newestKnown;
        using var connection = database.Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        EnsureVersionTable(connection);

        var applied = connection.Query<int>("SELECT version FROM schema_version").ToHashSet();
        var unknown = applied.Where(version => known.All(m => m.Version != version)).DefaultIfEmpty().Max();
        if (unknown > 0)
            throw new DatabaseTooNewException(database.FilePath, applied.Max(), newestKnown);

        foreach (var migration in known.Where(m => !applied.Contains(m.Version) && m.Version <= target))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = StoredTime.Format(DateTimeOffset.UtcNow) },
                transaction);
            transaction.Commit();
            LogApplied(logger, migration.Version, migration.Name);
        }
    }

    static void EnsureVersionTable(Microsoft.Data.Sqlite.SqliteConnection connection) =>
        connection.Execute(
            """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Version} ({Name})")]
    static partial void LogApplied(ILogger logger, int version, string name);
}
