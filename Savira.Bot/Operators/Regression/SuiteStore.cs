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

    /// <summary>
    /// Checks <paramref name="json"/> and saves it under <paramref name="name"/> (a new suite when <paramref name="id"/>
    /// is null); otherwise the problems with the name and with the cases. Nothing saved and no problem: the suite was
    /// deleted meanwhile.
    /// </summary>
    public async Task<SuiteSave> SaveAsync(long? id, string name, string json, string by, CancellationToken cancellationToken)
    {
        name = name.Trim();
        List<string> nameProblems = name.Length is 0 or > MaxName ? [$"Nama suite wajib diisi, paling banyak {MaxName} karakter."] : [];
        ConversationSuite.Parse(json, out var caseProblems);
        if (nameProblems.Count > 0 || caseProblems.Count > 0)
            return new SuiteSave(null, nameProblems, caseProblems);

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
            null => new SuiteSave(null, [], []),
            -1 => new SuiteSave(null, [$"Sudah ada suite lain bernama \"{name}\"."], []) { NameTaken = true },
            var savedId => new SuiteSave(Find(savedId.Value), [], []),
        };
    }

    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute("DELETE FROM conversation_suites WHERE id = @id", new { id }) > 0, cancellationToken);

    public sealed record SuiteSave(StoredSuite? Saved, IReadOnlyList<string> NameProblems, IReadOnlyList<string> CaseProblems)
    {
        public bool Gone => Saved is null && NameProblems.Count == 0 && CaseProblems.Count == 0;

        /// <summary>Another suite has the name: a conflict with what is stored, not a mistake in what was sent.</summary>
        public bool NameTaken { get; init; }
    }

    sealed record Row(long Id, string Name, string Cases, string UpdatedAt, string UpdatedBy)
    {
        public StoredSuite ToSuite() => new(Id, Name, Cases, StoredTime.Parse(UpdatedAt), UpdatedBy);
    }
}
