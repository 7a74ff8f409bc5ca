using Dapper;
using Savira.Core.Data;

namespace Savira.Core.Retention;

/// <summary>A row of retention_purges: what one pass removed from one table for one kind of data.</summary>
public sealed record RetentionPurge
{
    public long Id { get; init; }
    public required string Kind { get; init; }
    public required string TableName { get; init; }
    public required string Action { get; init; }
    public required long Rows { get; init; }
    public required string Cutoff { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public required long Batches { get; init; }
    public required double LongestBatchMilliseconds { get; init; }
}

/// <summary>The record of purges, for operators.</summary>
public sealed class RetentionPurges(Database database)
{
    public IReadOnlyList<RetentionPurge> Latest(int limit, string? kind)
    {
        using var connection = database.Open();
        return connection.Query<Row>(
            """
            SELECT id, kind, table_name AS tableName, action, rows, cutoff, started_at AS startedAt, finished_at AS finishedAt,
                   batches, longest_batch_ms AS longestBatchMilliseconds
            FROM retention_purges
            WHERE @kind IS NULL OR kind = @kind
            ORDER BY id DESC LIMIT @limit
            """,
            new { limit, kind })
            .Select(row => new RetentionPurge
            {
                Id = row.Id, Kind = row.Kind, TableName = row.TableName, Action = row.Action, Rows = row.Rows, Cutoff = row.Cutoff,
                StartedAt = StoredTime.Parse(row.StartedAt), FinishedAt = StoredTime.Parse(row.FinishedAt),
                Batches = row.Batches, LongestBatchMilliseconds = row.LongestBatchMilliseconds,
            })
            .ToList();
    }

    sealed record Row
    {
        public required long Id { get; init; }
        public required string Kind { get; init; }
        public required string TableName { get; init; }
        public required string Action { get; init; }
        public required long Rows { get; init; }
        public required string Cutoff { get; init; }
        public required string StartedAt { get; init; }
        public required string FinishedAt { get; init; }
        public required long Batches { get; init; }
        public required double LongestBatchMilliseconds { get; init; }
    }
}
