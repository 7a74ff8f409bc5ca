using Dapper;
using Savira.Core.Data;
using Savira.Core.Evaluation;

namespace Savira.Bot.Operators.Regression;

/// <summary>The conversation_suites table. Only a suite that parses is saved, so every stored one can be run.</summary>
public sealed class SuiteStore(Database database, DatabaseWriter writer, TimeProvider clock)
{
    public const int MaxName = 80;

    public IReadOnlyList<StoredSuite> List()
    {
        using var connection = database.Open();
        return connection.Query<Row>("SELECT id, name, cases, updated_at AS updatedAt, updated_by AS updatedBy FROM conversation_suites ORDER BY name")
            .Select(row => row.ToSuite()).ToList();
    }

    public StoredSuite? Find(long id) => List().FirstOrDefault(suite => suite.Id == id);

    /// <summary>Checks <paramref name="json"/> and saves it under <paramref name="name"/> (a new suite when <paramref name="id"/> is null); the problems otherwise.</summary>
    public async Task<(StoredSuite? Saved, IReadOnlyList<string> Problems)> SaveAsync(long? id, string name, string json, string by, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        name = name.Trim();
        if (name.Length is 0 or > MaxName)
            problems.Add($"Nama suite wajib diisi, paling banyak {MaxName} karakter.");
        ConversationSuite.Parse(json, out var suiteProblems);
        problems.AddRange(suiteProblems);
        if (problems.Count > 0)
            return (null, problems);

        var now = StoredTime.Format(clock.GetUtcNow());
        var saved = await writer.WriteAsync(connection =>
        {
            if (connection.ExecuteScalar<long?>("SELECT id FROM conversation_suites WHERE name = @name AND id IS NOT @id", new { name, id }) is not null)
                return -1L;
            return id is { } existing
                ? connection.ExecuteScalar<long?>("UPDATE conversation_suites SET name = @name, cases = @json, updated_at = @now, updated_by = @by WHERE id = @existing RETURNING id", new { name, json, now, by, existing })
                : connection.ExecuteScalar<long>("INSERT INTO conversation_suites (name, cases, updated_at, updated_by) VALUES (@name, @json, @now, @by) RETURNING id", new { name, json, now, by });
        }, cancellationToken);
        return saved switch
        {
            null => (null, ["Suite ini sudah dihapus orang lain."]),
            -1 => (null, [$"Sudah ada suite lain bernama \"{name}\"."]),
            var savedId => (Find(savedId.Value), []),
        };
    }

    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute("DELETE FROM conversation_suites WHERE id = @id", new { id }) > 0, cancellationToken);

    sealed record Row(long Id, string Name, string Cases, string UpdatedAt, string UpdatedBy)
    {
        public StoredSuite ToSuite() => new(Id, Name, Cases, StoredTime.Parse(UpdatedAt), UpdatedBy);
    }
}
