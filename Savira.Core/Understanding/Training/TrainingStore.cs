using Dapper;
using Savira.Core.Data;
using Savira.Core.Understanding.Classification;

namespace Savira.Core.Understanding.Training;

/// <summary>
/// What the matcher learns from, in SQLite: example utterances (seeded by migration, added by operators)
/// and the operators' lexicon entries. Changes go through the writer; the caller then asks for a retraining.
/// </summary>
public sealed class TrainingStore(Database database, DatabaseWriter writer)
{
    public IReadOnlyList<TrainingExample> Examples()
    {
        using var connection = database.Open();
        return connection.Query<ExampleRow>("SELECT text, intent FROM training_examples ORDER BY id")
            .Select(row => IntentIds.TryParse(row.Intent, out var intent) ? new TrainingExample(row.Text, intent) : null)
            .OfType<TrainingExample>()
            .ToList();
    }

    /// <summary>Examples as staff list them: of one intent or all, containing <paramref name="search"/>, newest first.</summary>
    public IReadOnlyList<StoredExample> FindExamples(Intent? intent, string? search, int limit)
    {
        using var connection = database.Open();
        return connection.Query<StoredExample>(
            """
            SELECT id, text, intent, source, created_at AS createdAt FROM training_examples
            WHERE (@intent IS NULL OR intent = @intent) AND (@search IS NULL OR instr(lower(text), @search) > 0)
            ORDER BY id DESC LIMIT @limit
            """,
            new { intent = intent?.ToId(), search = string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToLowerInvariant(), limit }).ToList();
    }

    /// <summary>How many examples each intent has.</summary>
    public IReadOnlyDictionary<string, int> ExampleCounts()
    {
        using var connection = database.Open();
        return connection.Query<(string Intent, long Count)>("SELECT intent, COUNT(*) FROM training_examples GROUP BY intent")
            .ToDictionary(row => row.Intent, row => (int)row.Count);
    }

    /// <summary>Removes an example; returns it, or null when there is none with that id.</summary>
    public Task<StoredExample?> RemoveExampleAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.QuerySingleOrDefault<StoredExample>(
            "DELETE FROM training_examples WHERE id = @id RETURNING id, text, intent, source, created_at AS createdAt", new { id }), cancellationToken);

    public IReadOnlyList<(string Informal, string Formal)> LexiconEntries()
    {
        using var connection = database.Open();
        return connection.Query<LexiconRow>("SELECT informal, formal FROM lexicon_entries ORDER BY id")
            .Select(row => (row.Informal, row.Formal))
            .ToList();
    }

    public Task<long> AddExampleAsync(string text, Intent intent, string source, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.ExecuteScalar<long>(
            """
            INSERT INTO training_examples (text, intent, source) VALUES (@text, @intent, @source)
            ON CONFLICT (text) DO UPDATE SET intent = excluded.intent, source = excluded.source
            RETURNING id
            """,
            new { text = text.Trim(), intent = intent.ToId(), source }), cancellationToken);

    public Task AddLexiconEntryAsync(string informal, string formal, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            """
            INSERT INTO lexicon_entries (informal, formal) VALUES (@informal, @formal)
            ON CONFLICT (informal) DO UPDATE SET formal = excluded.formal
            """,
            new { informal = informal.Trim().ToLowerInvariant(), formal = formal.Trim().ToLowerInvariant() }), cancellationToken);

    public sealed record StoredExample
    {
        public required long Id { get; init; }
        public required string Text { get; init; }
        public required string Intent { get; init; }
        public required string Source { get; init; }
        public required string CreatedAt { get; init; }
    }

    sealed record ExampleRow
    {
        public required string Text { get; init; }
        public required string Intent { get; init; }
    }

    sealed record LexiconRow
    {
        public required string Informal { get; init; }
        public required string Formal { get; init; }
    }
}
