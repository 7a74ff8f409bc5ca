using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Savira.Core.Data;

/// <summary>The SQLite file: where it is and how to open a connection to it.</summary>
public sealed class Database : IDisposable
{
    readonly ThreadLocal<SqliteConnection?> readers = new(trackAllValues: true);
    volatile bool disposed;

    public Database(IOptions<DatabaseOptions> options, IHostEnvironment environment)
    {
        FilePath = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds, // seconds a statement waits on a locked database
        }.ToString();
    }

    public string FilePath { get; }
    public string ConnectionString { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        // Microsoft.Data.Sqlite retries a busy statement itself; a HotStatement runs under it, so SQLite must
        // wait for the lock (a checkpoint, another writer) instead of failing at once with "database is locked".
        SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, (int)BusyTimeout.TotalMilliseconds);
        return connection;
    }

    static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs a short synchronous <paramref name="read"/> on this thread's own long-lived connection, where
    /// statements made with <see cref="HotStatement.On"/> stay compiled between calls. For the reads every
    /// message makes; in WAL mode each statement sees the latest commit.
    /// </summary>
    public T Read<T>(Func<SqliteConnection, T> read)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var connection = readers.Value ??= OpenReader();
        return read(connection);
    }

    /// <summary>
    /// A read connection with a small page cache. Under steady writes SQLite empties a reader's cache at the start
    /// of every read (the WAL changed since), so a large one only costs memory and the time to empty it.
    /// </summary>
    SqliteConnection OpenReader()
    {
        var connection = Open();
        HotStatement.On(connection, $"PRAGMA cache_size = -{ReaderCacheKibibytes}").Execute();
        return connection;
    }

    const int ReaderCacheKibibytes = 128;

    public void EnsureFolderExists()
    {
        var folder = System.IO.Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }

    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        foreach (var connection in readers.Values)
        {
            if (connection is null)
                continue;
            HotStatement.ReleaseAll(connection);
            connection.Dispose();
        }
        readers.Dispose();
    }
}
