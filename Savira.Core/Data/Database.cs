using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Savira.Core.Data;

/// <summary>The SQLite file: where it is and how to open a connection to it.</summary>
public sealed class Database : IDisposable
{
    // Idle read connections, most recently used on top. Not one per thread: the thread pool retires threads and
    // starts new ones all day, and a connection kept per thread outlived its thread (an open file and its memory each).
    readonly Stack<SqliteConnection> idleReaders = new();
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
    /// Runs a short synchronous <paramref name="read"/> on a long-lived read connection of its own for the time of the
    /// call, where statements made with <see cref="HotStatement.On"/> stay compiled between calls. For the reads every
    /// message makes; in WAL mode each statement sees the latest commit.
    /// </summary>
    public T Read<T>(Func<SqliteConnection, T> read)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var connection = RentReader();
        try
        {
            return read(connection);
        }
        finally
        {
            ReturnReader(connection);
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> like <see cref="Read{T}"/>, but inside one read transaction: its statements see
    /// one snapshot, and SQLite takes its locks and checks the WAL once instead of once per statement (under steady
    /// writes each check finds the WAL changed and empties the connection's page cache).
    /// </summary>
    public T ReadTogether<T>(Func<SqliteConnection, T> read) => Read(connection =>
    {
        HotStatement.On(connection, "BEGIN").Execute();
        try
        {
            var result = read(connection);
            HotStatement.On(connection, "COMMIT").Execute();
            return result;
        }
        catch
        {
            if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0) // still open: a statement failed, not BEGIN
                HotStatement.On(connection, "ROLLBACK").Execute();
            throw;
        }
    });

    /// <summary>How many idle read connections are kept; more are only open while that many reads run at once.</summary>
    internal static int MaxIdleReaders { get; } = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>Read connections open and idle now (for tests and the metrics).</summary>
    internal int IdleReaderCount
    {
        get
        {
            lock (idleReaders)
                return idleReaders.Count;
        }
    }

    SqliteConnection RentReader()
    {
        lock (idleReaders)
        {
            if (idleReaders.TryPop(out var idle))
                return idle;
        }
        return OpenReader();
    }

    void ReturnReader(SqliteConnection connection)
    {
        lock (idleReaders)
        {
            if (!disposed && idleReaders.Count < MaxIdleReaders)
            {
                idleReaders.Push(connection);
                return;
            }
        }
        Close(connection);
    }

    static void Close(SqliteConnection connection)
    {
        HotStatement.ReleaseAll(connection);
        connection.Dispose();
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
        lock (idleReaders)
        {
            disposed = true;
            while (idleReaders.TryPop(out var connection))
                Close(connection);
        }
    }
}
