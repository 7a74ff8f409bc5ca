using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Savira.Core.Data;
using Savira.Core.Dialogue;

namespace Savira.Core.Retention;

/// <summary>
/// One pass over every <see cref="RetentionRules">rule</see>: candidates are read without the writer, then removed
/// in batches of <see cref="RetentionOptions.BatchSize"/>, each batch one write through <see cref="DatabaseWriter"/>
/// together with its line in retention_purges, so the record always matches what was removed. A message write
/// queued behind a batch waits at most that batch's statements.
/// </summary>
public sealed partial class RetentionJob(
    Database database,
    DatabaseWriter writer,
    SessionStore sessions,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    IOptions<SessionOptions> sessionOptions,
    ILogger<RetentionJob> logger) : IDisposable
{
    readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Runs a pass now; a pass already running is waited for first.</summary>
    public async Task<IReadOnlyList<RetentionPurge>> RunAsync(CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var settings = options.Value;
            var now = clock.GetUtcNow();
            var purges = new Dictionary<(string Kind, string Table), RetentionPurge>();
            foreach (var rule in RetentionRules.For(settings, sessionOptions.Value.IdleMinutes, now))
                await RunRuleAsync(rule, settings, now, purges, cancellationToken).ConfigureAwait(false);

            foreach (var purge in purges.Values)
                LogPurged(logger, purge.Rows, purge.TableName, purge.Action, purge.Kind, purge.Batches, purge.LongestBatchMilliseconds);
            return [.. purges.Values];
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    async Task RunRuleAsync(RetentionRule rule, RetentionOptions settings, DateTimeOffset now,
        Dictionary<(string, string), RetentionPurge> purges, CancellationToken cancellationToken)
    {
        var candidatesSql =
            $"""
            SELECT {rule.Key} AS Key, {rule.ForgetSessionsOf ?? "NULL"} AS Sender FROM {rule.Table}
            WHERE {rule.Key} > @after AND ({rule.Condition})
            ORDER BY {rule.Key} LIMIT @limit
            """;
        var after = long.MinValue;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<Candidate> candidates;
            using (var connection = database.Open())
                candidates = connection.Query<Candidate>(candidatesSql, new { after, limit = settings.BatchSize, cutoff = rule.Cutoff, now = StoredTime.Format(now) }).AsList();
            if (candidates.Count == 0)
                return;

            var ids = candidates.Select(candidate => candidate.Key).ToArray();
            var at = clock.GetUtcNow();
            var batch = await writer.WriteAsync(connection => RemoveBatch(connection, rule, ids, now, at, purges), cancellationToken).ConfigureAwait(false);
            foreach (var (table, purge) in batch)
                purges[(rule.Kind, table)] = purge;
            if (rule.ForgetSessionsOf is not null)
                foreach (var candidate in candidates)
                    sessions.Forget(candidate.Sender!); // a session written meanwhile is simply read again

            if (candidates.Count < settings.BatchSize)
                return;
            after = ids[^1];
            if (settings.BatchPauseMilliseconds > 0) // real time: a throttle for the writer, not the city's clock
                await Task.Delay(settings.BatchPauseMilliseconds, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs on the writer's thread, inside its transaction; it may run twice when another write of the batch
    /// fails, so it only reads <paramref name="purges"/> and returns what changed.
    /// </summary>
    static List<(string Table, RetentionPurge Purge)> RemoveBatch(SqliteConnection connection, RetentionRule rule, long[] ids,
        DateTimeOffset now, DateTimeOffset at, Dictionary<(string, string), RetentionPurge> purges)
    {
        var arguments = new { ids, cutoff = rule.Cutoff, now = StoredTime.Format(now) };
        var timer = Stopwatch.StartNew();
        var counts = rule.Steps.Select(step => (step, rows: connection.Execute(step.Sql, arguments))).ToList();
        var elapsed = timer.Elapsed.TotalMilliseconds;

        var changed = new List<(string, RetentionPurge)>();
        var finishedAt = StoredTime.Format(at);
        foreach (var (step, rows) in counts.Where(count => count.rows > 0))
        {
            var purge = purges.TryGetValue((rule.Kind, step.Table), out var earlier)
                ? earlier with
                {
                    Rows = earlier.Rows + rows, Batches = earlier.Batches + 1, FinishedAt = at,
                    LongestBatchMilliseconds = Math.Max(earlier.LongestBatchMilliseconds, elapsed),
                }
                : new RetentionPurge
                {
                    Kind = rule.Kind, TableName = step.Table, Action = step.Action, Rows = rows, Cutoff = rule.Cutoff,
                    StartedAt = at, FinishedAt = at, Batches = 1, LongestBatchMilliseconds = elapsed,
                };
            if (earlier is null)
            {
                purge = purge with
                {
                    Id = connection.ExecuteScalar<long>(
                        """
                        INSERT INTO retention_purges (kind, table_name, action, rows, cutoff, started_at, finished_at, batches, longest_batch_ms)
                        VALUES (@Kind, @TableName, @Action, @Rows, @Cutoff, @at, @at, @Batches, @LongestBatchMilliseconds)
                        RETURNING id
                        """,
                        new { purge.Kind, purge.TableName, purge.Action, purge.Rows, purge.Cutoff, at = finishedAt, purge.Batches, purge.LongestBatchMilliseconds }),
                };
            }
            else
            {
                connection.Execute(
                    "UPDATE retention_purges SET rows = @Rows, batches = @Batches, longest_batch_ms = @LongestBatchMilliseconds, finished_at = @at WHERE id = @Id",
                    new { purge.Id, purge.Rows, purge.Batches, purge.LongestBatchMilliseconds, at = finishedAt });
            }
            changed.Add((step.Table, purge));
        }
        return changed;
    }

    public void Dispose() => oneAtATime.Dispose();

    sealed record Candidate
    {
        public required long Key { get; init; }
        public string? Sender { get; init; }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Rows} rows of {Table} {Action} ({Kind}) in {Batches} batches, the longest {LongestMilliseconds:0.0} ms")]
    static partial void LogPurged(ILogger logger, long rows, string table, string action, string kind, long batches, double longestMilliseconds);
}
