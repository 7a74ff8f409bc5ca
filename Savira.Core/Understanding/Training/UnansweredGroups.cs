using Dapper;
using Savira.Core.Data;

namespace Savira.Core.Understanding.Training;

/// <summary>
/// The unanswered inbox: messages the assistant could not serve (fell back, asked to clarify, or was told its answer
/// was wrong), grouped by <see cref="QuestionGroupKey"/>. Staff ignore a group (its later messages are only counted
/// in the ignored view) or handle it (its messages so far are resolved; one that comes later opens it again).
/// </summary>
public sealed class UnansweredGroups(Database database, DatabaseWriter writer, QuestionGroupKey groupKey, TimeProvider clock)
{
    public const int SamplesPerGroup = 5;

    /// <summary>How much of two keys' words must be shared (of all their words) for a new question to join a group.</summary>
    public const double SameQuestion = 0.75;

    /// <summary>
    /// The group a new question belongs to: its own key, or the key of a group already kept (open, handled or
    /// ignored) that shares at least <see cref="SameQuestion"/> of its words, at least two of them ("semarang tiket
    /// trans" joins "bus semarang tiket trans"), the closest and then the largest first.
    /// </summary>
    public string KeyFor(string question)
    {
        var key = groupKey.For(question);
        var words = key.Split(' ');
        if (words.Length < 2)
            return key;
        using var connection = database.Open();
        var known = connection.Query<(string Key, long Count)>(
            """
            SELECT group_key, COUNT(*) FROM unanswered_messages WHERE group_key <> '' GROUP BY group_key
            UNION ALL SELECT group_key, 0 FROM unanswered_groups
            """);
        var best = known
            .Select(group => (group.Key, group.Count, Overlap: Overlap(words, group.Key.Split(' '))))
            .Where(group => group.Overlap.Shared >= 2 && group.Overlap.Share >= SameQuestion)
            .OrderByDescending(group => group.Overlap.Share).ThenByDescending(group => group.Count)
            .FirstOrDefault();
        return best.Key ?? key;
    }

    static (int Shared, double Share) Overlap(string[] one, string[] other)
    {
        var shared = one.Intersect(other, StringComparer.Ordinal).Count();
        return (shared, (double)shared / one.Union(other, StringComparer.Ordinal).Count());
    }

    /// <summary>Groups with messages still open, the most asked first; or, when <paramref name="ignored"/>, the ignored groups.</summary>
    public IReadOnlyList<UnansweredGroup> List(bool ignored, string? search, int limit)
    {
        using var connection = database.Open();
        var rows = connection.Query<GroupRow>(
            $"""
            {Summary}
            WHERE {(ignored ? "g.ignored_at IS NOT NULL" : "m.resolved_at IS NULL AND g.ignored_at IS NULL")}
              AND (@search IS NULL OR instr(m.group_key, @search) > 0 OR instr(lower(m.body), @search) > 0)
            GROUP BY m.group_key
            ORDER BY count DESC, lastSeen DESC
            LIMIT @limit
            """,
            new { search = string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant(), limit }).ToList();
        return rows.Select(row => ToGroup(connection, row, openOnly: !ignored)).ToList();
    }

    /// <summary>One group as the inbox shows it (its open messages; all of them when it is ignored), or null when it has none.</summary>
    public UnansweredGroup? Find(string key)
    {
        using var connection = database.Open();
        var ignored = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM unanswered_groups WHERE group_key = @key AND ignored_at IS NOT NULL", new { key }) > 0;
        var row = connection.QuerySingleOrDefault<GroupRow>(
            $"""
            {Summary}
            WHERE m.group_key = @key {(ignored ? "" : "AND m.resolved_at IS NULL")}
            GROUP BY m.group_key
            """,
            new { key });
        return row is null ? null : ToGroup(connection, row, openOnly: !ignored);
    }

    /// <summary>Keeps the group's later messages out of the inbox; the decision returned is the one before.</summary>
    public Task<GroupDecision> IgnoreAsync(string key, string actor, CancellationToken cancellationToken) =>
        DecideAsync(key, actor, "ignored_at = @now, ignored_by = @actor", cancellationToken);

    /// <summary>Puts an ignored group back in the inbox.</summary>
    public Task<GroupDecision> RestoreAsync(string key, string actor, CancellationToken cancellationToken) =>
        DecideAsync(key, actor, "ignored_at = NULL, ignored_by = NULL", cancellationToken);

    /// <summary>
    /// The group was answered by a knowledge entry or training examples (<paramref name="handledAs"/>): its open
    /// messages are resolved; returns how many.
    /// </summary>
    public async Task<int> MarkHandledAsync(string key, string handledAs, string actor, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(clock.GetUtcNow());
        return await writer.WriteAsync(connection => // one write: the writer's transaction holds both statements
        {
            connection.Execute(
                """
                INSERT INTO unanswered_groups (group_key, handled_at, handled_by, handled_as) VALUES (@key, @now, @actor, @handledAs)
                ON CONFLICT (group_key) DO UPDATE SET handled_at = @now, handled_by = @actor, handled_as = @handledAs
                """,
                new { key, now, actor, handledAs });
            var resolved = connection.Execute(
                "UPDATE unanswered_messages SET resolved_at = @now WHERE group_key = @key AND resolved_at IS NULL", new { key, now });
            return resolved;
        }, cancellationToken).ConfigureAwait(false);
    }

    async Task<GroupDecision> DecideAsync(string key, string actor, string set, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(clock.GetUtcNow());
        return await writer.WriteAsync(connection =>
        {
            var before = connection.QuerySingleOrDefault<GroupDecision>(
                "SELECT ignored_at AS ignoredAt, handled_at AS handledAt, handled_as AS handledAs FROM unanswered_groups WHERE group_key = @key",
                new { key }) ?? new GroupDecision();
            connection.Execute(
                $"""
                INSERT INTO unanswered_groups (group_key) VALUES (@key) ON CONFLICT (group_key) DO NOTHING;
                UPDATE unanswered_groups SET {set} WHERE group_key = @key;
                """,
                new { key, now, actor });
            return before;
        }, cancellationToken).ConfigureAwait(false);
    }

    const string Summary =
        """
        SELECT m.group_key AS key, COUNT(*) AS count, MIN(m.received_at) AS firstSeen, MAX(m.received_at) AS lastSeen,
               SUM(m.reason IN ('low_confidence', 'out_of_scope')) AS fellBack, SUM(m.reason = 'clarification') AS clarified,
               SUM(m.reason = 'wrong_answer') AS wrongAnswer, g.ignored_at AS ignoredAt, g.handled_at AS handledAt, g.handled_as AS handledAs
        FROM unanswered_messages m
        LEFT JOIN unanswered_groups g ON g.group_key = m.group_key
        """;

    static UnansweredGroup ToGroup(System.Data.IDbConnection connection, GroupRow row, bool openOnly)
    {
        var samples = connection.Query<SampleRow>(
            $"""
            SELECT body, best_intent AS bestIntent, COUNT(*) AS times, MAX(received_at) AS lastSeen FROM unanswered_messages
            WHERE group_key = @Key {(openOnly ? "AND resolved_at IS NULL" : "")}
            GROUP BY body ORDER BY times DESC, lastSeen DESC LIMIT {SamplesPerGroup}
            """,
            new { row.Key }).ToList();
        var guess = connection.ExecuteScalar<string?>(
            $"""
            SELECT best_intent FROM unanswered_messages WHERE group_key = @Key AND best_intent IS NOT NULL AND best_intent <> 'out_of_scope'
            {(openOnly ? "AND resolved_at IS NULL" : "")} GROUP BY best_intent ORDER BY COUNT(*) DESC LIMIT 1
            """,
            new { row.Key });
        return new UnansweredGroup
        {
            Key = row.Key,
            Count = (int)row.Count,
            FirstSeen = StoredTime.Parse(row.FirstSeen),
            LastSeen = StoredTime.Parse(row.LastSeen),
            FellBack = (int)row.FellBack,
            Clarified = (int)row.Clarified,
            WrongAnswer = (int)row.WrongAnswer,
            Samples = samples.Select(sample => sample.Body).ToList(),
            BestIntent = guess,
            IgnoredAt = row.IgnoredAt is null ? null : StoredTime.Parse(row.IgnoredAt),
            HandledAt = row.HandledAt is null ? null : StoredTime.Parse(row.HandledAt),
            HandledAs = row.HandledAs,
        };
    }

    sealed record GroupRow
    {
        public required string Key { get; init; }
        public required long Count { get; init; }
        public required string FirstSeen { get; init; }
        public required string LastSeen { get; init; }
        public required long FellBack { get; init; }
        public required long Clarified { get; init; }
        public required long WrongAnswer { get; init; }
        public string? IgnoredAt { get; init; }
        public string? HandledAt { get; init; }
        public string? HandledAs { get; init; }
    }

    sealed record SampleRow
    {
        public required string Body { get; init; }
        public string? BestIntent { get; init; }
        public required long Times { get; init; }
        public required string LastSeen { get; init; }
    }
}

/// <summary>A group of the unanswered inbox: how often and since when its question came, and how citizens wrote it (masked).</summary>
public sealed record UnansweredGroup
{
    public required string Key { get; init; }
    public required int Count { get; init; }
    public required DateTimeOffset FirstSeen { get; init; }
    public required DateTimeOffset LastSeen { get; init; }
    public int FellBack { get; init; }
    public int Clarified { get; init; }
    public int WrongAnswer { get; init; }
    public IReadOnlyList<string> Samples { get; init; } = [];

    /// <summary>The service the matcher most often guessed for it: the form's first choice.</summary>
    public string? BestIntent { get; init; }

    public DateTimeOffset? IgnoredAt { get; init; }
    public DateTimeOffset? HandledAt { get; init; }
    public string? HandledAs { get; init; }
}

/// <summary>What was decided about a group (for the audit row's "before").</summary>
public sealed record GroupDecision
{
    public string? IgnoredAt { get; init; }
    public string? HandledAt { get; init; }
    public string? HandledAs { get; init; }
}
