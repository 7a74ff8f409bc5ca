using System.Threading.Channels;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Savira.Core.Data;

/// <summary>
/// The one writer of the SQLite file. SQLite allows a single writer at a time, so instead of every
/// request opening its own write transaction, requests hand their writes to this queue and one thread
/// commits whatever has gathered in a single transaction (group commit). Each write runs in its own
/// savepoint, so one failing write is rolled back alone; a caller's task completes only once its write
/// is committed. Checkpoints (copying the WAL into the database file, with an fsync) run on a thread of
/// their own, so a commit never waits for one.
/// </summary>
public sealed partial class DatabaseWriter : IAsyncDisposable
{
    const int MaxBatch = 256;
    static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    readonly Database database;
    readonly ILogger<DatabaseWriter> logger;
    readonly Channel<IPendingWrite> queue = Channel.CreateUnbounded<IPendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    readonly Lazy<Thread> thread;
    readonly CancellationTokenSource stopping = new();
    Thread? checkpointer;
    int disposed;

    public DatabaseWriter(Database database, ILogger<DatabaseWriter> logger)
    {
        this.database = database;
        this.logger = logger;
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
        connection.Execute("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 0;");
        var batch = new List<IPendingWrite>(MaxBatch);
        var reader = queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var pending))
                batch.Add(pending);
            Commit(connection, batch);
            batch.Clear();
        }
    }

    void Commit(SqliteConnection connection, List<IPendingWrite> batch)
    {
        try
        {
            connection.Prepared("BEGIN IMMEDIATE").ExecuteNonQuery();
            foreach (var pending in batch)
            {
                connection.Prepared("SAVEPOINT write").ExecuteNonQuery();
                try
                {
                    pending.Run(connection);
                    connection.Prepared("RELEASE write").ExecuteNonQuery();
                }
                catch (Exception exception) // a caller's bug must not stop the writer for everyone
                {
                    connection.Prepared("ROLLBACK TO write").ExecuteNonQuery();
                    connection.Prepared("RELEASE write").ExecuteNonQuery();
                    pending.Fail(exception);
                }
            }
            connection.Prepared("COMMIT").ExecuteNonQuery();
        }
        catch (SqliteException exception)
        {
            LogBatchFailed(logger, exception, batch.Count);
            TryRollback(connection);
            foreach (var pending in batch)
                pending.Fail(exception);
            return;
        }

        foreach (var pending in batch)
            pending.Complete();
    }

    /// <summary>
    /// A passive checkpoint every second: it copies what is committed without blocking the writer, and
    /// once the whole WAL is copied the writer starts it again from the beginning, so it stays small.
    /// </summary>
    void Checkpoint()
    {
        using var connection = database.Open();
        while (!stopping.Token.WaitHandle.WaitOne(CheckpointInterval))
        {
            try
            {
                connection.Prepared("PRAGMA wal_checkpoint(PASSIVE)").ExecuteNonQuery();
            }
            catch (SqliteException exception) // busy or I/O trouble: the next round tries again
            {
                LogCheckpointFailed(logger, exception);
            }
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
