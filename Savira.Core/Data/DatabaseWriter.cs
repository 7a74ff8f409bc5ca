using System.Threading.Channels;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Savira.Core.Data;

/// <summary>
/// The one writer of the SQLite file. SQLite allows a single writer at a time, so instead of every
/// request opening its own write transaction, requests hand their writes to this queue and one thread
/// commits whatever has gathered in a single transaction (group commit). A failing write is rolled back
/// alone and the others are kept; a caller's task completes only once its write is committed.
/// <para>
/// Checkpoints copy the WAL into the database file. SQLite starts the WAL again from its beginning only
/// when a write begins after a checkpoint has copied all of it; under steady load a checkpoint on another
/// thread never catches up with the writer, and the WAL grows without end (a gigabyte in twenty seconds
/// of the load benchmark, every new page allocated and zeroed by the file system). So a thread of its own
/// copies the WAL every second, with the fsyncs, and once the WAL is past <see cref="RestartFrames"/> it
/// copies again what came meanwhile and asks the writer to copy the last few frames before its next batch:
/// that write then restarts the WAL. The writer's part waits on an fsync (tens of milliseconds on a busy
/// disk), so it is asked for only that rarely, not every second.
/// </para>
/// </summary>
public sealed partial class DatabaseWriter : IAsyncDisposable
{
    const int MaxBatch = 256;

    /// <summary>A WAL file left longer than this by a burst is cut back to it when the WAL restarts.</summary>
    const long WalSizeLimitBytes = 256L * 1024 * 1024;

    readonly Database database;
    readonly ILogger<DatabaseWriter> logger;
    readonly Channel<IPendingWrite> queue = Channel.CreateUnbounded<IPendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    readonly Lazy<Thread> thread;
    readonly CancellationTokenSource stopping = new();
    Thread? checkpointer;
    int catchUpDue;
    int disposed;

    /// <summary>How often the checkpoint thread copies the WAL into the database file.</summary>
    internal TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Past this many frames (128 MB of 4 KB pages) the WAL is restarted under load.</summary>
    internal long RestartFrames { get; init; } = 32_768;

    readonly Diagnostics.SaviraMetrics? metrics;

    public DatabaseWriter(Database database, ILogger<DatabaseWriter> logger, Diagnostics.SaviraMetrics? metrics = null)
    {
        this.database = database;
        this.logger = logger;
        this.metrics = metrics;
        thread = new Lazy<Thread>(() =>
        {
            var writerThread = new Thread(Run) { IsBackground = true, Name = "savira-sqlite-writer" };
            writerThread.Start();
            checkpointer = new Thread(Checkpoint) { IsBackground = true, Name = "savira-sqlite-checkpoint" };
            checkpointer.Start();
            return writerThread;
        });
    }

    /// <summary>Runs <paramref name="write"/> inside the next batch's transaction; completes after the commit.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, T> write, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingWrite<T>(write);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);
        _ = thread.Value;
        return pending.Task;
    }

    public Task WriteAsync(Action<SqliteConnection> write, CancellationToken cancellationToken = default) =>
        WriteAsync<bool>(connection => { write(connection); return true; }, cancellationToken);

    void Run()
    {
        using var connection = database.Open();
        connection.Execute($"PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = {WalSizeLimitBytes};");
        var batch = new List<IPendingWrite>(MaxBatch);
        var reader = queue.Reader;
        try
        {
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                // Before the batch rather than after the last one: readers that began before that commit are
                // done by now, and a checkpoint cannot copy past the oldest snapshot still being read.
                if (Interlocked.Exchange(ref catchUpDue, 0) == 1)
                    TryCheckpoint(connection);
                while (batch.Count < MaxBatch && reader.TryRead(out var pending))
                    batch.Add(pending);
                Commit(connection, batch);
                batch.Clear();
            }
        }
        finally
        {
            HotStatement.ReleaseAll(connection);
        }
    }

    void Commit(SqliteConnection connection, List<IPendingWrite> batch)
    {
        var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            HotStatement.On(connection, "BEGIN IMMEDIATE").Execute();
            if (!TryRunTogether(connection, batch))
            {
                HotStatement.On(connection, "BEGIN IMMEDIATE").Execute();
                RunEachInASavepoint(connection, batch);
            }
            HotStatement.On(connection, "COMMIT").Execute();
        }
        catch (SqliteException exception)
        {
            LogBatchFailed(logger, exception, batch.Count);
            TryRollback(connection);
            foreach (var pending in batch)
                pending.Fail(exception);
            return;
        }

        metrics?.Committed(batch.Count, startedAt);
        foreach (var pending in batch)
            pending.Complete();
    }

    /// <summary>
    /// Every write of the batch without savepoints: a savepoint makes SQLite copy each page a write changes to
    /// a sub-journal first, a cost every message would pay for the rare write that fails. When one fails, the
    /// transaction is rolled back whole (writes only touch the database, so running them again is safe).
    /// </summary>
    static bool TryRunTogether(SqliteConnection connection, List<IPendingWrite> batch)
    {
        try
        {
            foreach (var pending in batch)
                pending.Run(connection);
            return true;
        }
        catch (Exception) // the writes run again one by one, and the failing one is told why
        {
            TryRollback(connection);
            return false;
        }
    }

    /// <summary>Each write in its own savepoint, so a failing one is rolled back alone and the others are kept.</summary>
    static void RunEachInASavepoint(SqliteConnection connection, List<IPendingWrite> batch)
    {
        foreach (var pending in batch)
        {
            HotStatement.On(connection, "SAVEPOINT write").Execute();
            try
            {
                pending.Run(connection);
                HotStatement.On(connection, "RELEASE write").Execute();
            }
            catch (Exception exception) // a caller's bug must not stop the writer for everyone
            {
                HotStatement.On(connection, "ROLLBACK TO write").Execute();
                HotStatement.On(connection, "RELEASE write").Execute();
                pending.Fail(exception);
            }
        }
    }

    /// <summary>
    /// The bulk of the checkpointing, off the writer's thread. A WAL that is idle is restarted by the next
    /// write without help; one kept busy past <see cref="RestartFrames"/> is copied once more (only what came
    /// during the first copy) and the writer is asked to copy the few frames left.
    /// </summary>
    void Checkpoint()
    {
        using var connection = database.Open();
        try
        {
            while (!stopping.Token.WaitHandle.WaitOne(CheckpointInterval))
            {
                if (TryCheckpoint(connection) >= RestartFrames && TryCheckpoint(connection) > 0)
                    Volatile.Write(ref catchUpDue, 1);
            }
        }
        finally
        {
            HotStatement.ReleaseAll(connection);
        }
    }

    /// <summary>A passive checkpoint (it never blocks the writer); the frames the WAL held, or -1 when it failed.</summary>
    long TryCheckpoint(SqliteConnection connection)
    {
        try
        {
            var frames = HotStatement.On(connection, "PRAGMA wal_checkpoint(PASSIVE)").Rows(static row => row.Number(1), stopAfterFirst: true);
            return frames.Count > 0 ? frames[0] : -1;
        }
        catch (SqliteException exception) // I/O trouble: the next round tries again
        {
            LogCheckpointFailed(logger, exception);
            return -1;
        }
    }

    static void TryRollback(SqliteConnection connection)
    {
        try { connection.Execute("ROLLBACK"); }
        catch (SqliteException) { /* no transaction was open */ }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
            return;
        queue.Writer.TryComplete();
        await stopping.CancelAsync().ConfigureAwait(false);
        if (thread.IsValueCreated)
        {
            await Task.Run(thread.Value.Join).ConfigureAwait(false);
            if (checkpointer is not null)
                await Task.Run(checkpointer.Join).ConfigureAwait(false);
        }
        stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A write batch of {Count} writes failed to commit; every write in it was rolled back")]
    static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A WAL checkpoint failed; the next one will try again")]
    static partial void LogCheckpointFailed(ILogger logger, Exception exception);

    interface IPendingWrite
    {
        void Run(SqliteConnection connection);
        void Complete();
        void Fail(Exception exception);
    }

    sealed class PendingWrite<T>(Func<SqliteConnection, T> write) : IPendingWrite
    {
        readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        T? result;
        bool failed;

        public Task<T> Task => completion.Task;

        public void Run(SqliteConnection connection) => result = write(connection);

        public void Complete()
        {
            if (!failed)
                completion.TrySetResult(result!);
        }

        public void Fail(Exception exception)
        {
            failed = true;
            completion.TrySetException(exception);
        }
    }
}
