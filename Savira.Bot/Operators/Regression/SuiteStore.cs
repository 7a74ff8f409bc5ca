using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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

    /// <summary>
    /// Appends a case to <paramref name="suite"/> (as the simulator and the unanswered inbox make them) and saves the
    /// suite through <see cref="SaveAsync"/>. A case with a mistake is refused with the field it is in; an id the
    /// suite already has is <see cref="SuiteSave.IdTaken"/>.
    /// </summary>
    public async Task<SuiteSave> AddCaseAsync(StoredSuite suite, NewCase @case, string by, CancellationToken cancellationToken)
    {
        if (JsonNode.Parse(suite.Json, documentOptions: Lenient) is not JsonArray cases)
            return new SuiteSave(null, [], ["Suite ini bukan daftar kasus."]);
        var id = @case.Id.Trim();
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (id.Length is 0 or > MaxCaseId)
            problems["id"] = $"Id kasus wajib diisi, paling banyak {MaxCaseId} karakter.";
        foreach (var (field, label, pattern) in new[] { ("expect", "Pola yang harus ada", @case.Expect), ("forbid", "Pola yang dilarang", @case.Forbid) })
        {
            if (pattern is { Length: > MaxPattern })
                problems[field] = $"{label} paling banyak {MaxPattern} karakter.";
            else if (!string.IsNullOrWhiteSpace(pattern) && CasePattern.TryCreate(pattern.Trim(), out var error) is null)
                problems[field] = $"{label} bukan pola (regex) yang sah: {error}";
        }
        if (string.IsNullOrWhiteSpace(@case.Expect) && string.IsNullOrWhiteSpace(@case.Forbid))
            problems.TryAdd("expect", "Isi pola yang harus ada atau yang dilarang di balasan.");
        if (problems.Count > 0)
            return new SuiteSave(null, [], [.. problems.Values]) { FieldProblems = problems };
        if (ConversationSuite.Parse(suite.Json, out _).Any(existing => existing.Id == id))
            return new SuiteSave(null, [], [$"Suite ini sudah punya kasus \"{id}\"; pakai id lain."]) { IdTaken = true };

        var added = new JsonObject { ["id"] = id, ["turns"] = new JsonArray([.. @case.Turns.Select(turn => (JsonNode)JsonValue.Create(turn)!)]) };
        if (!string.IsNullOrWhiteSpace(@case.Expect))
            added["expect"] = new JsonArray(JsonValue.Create(@case.Expect.Trim()));
        if (!string.IsNullOrWhiteSpace(@case.Forbid))
            added["forbid"] = new JsonArray(JsonValue.Create(@case.Forbid.Trim()));
        added["note"] = @case.Note;
        cases.Add(added);
        return await SaveAsync(suite.Id, suite.Name, cases.ToJsonString(Indented), by, cancellationToken);
    }

    public const int MaxCaseId = 80;
    public const int MaxPattern = 300;

    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>A case as staff make it from one exchange: what the citizen wrote, and a pattern the reply must (not) hold.</summary>
    public sealed record NewCase(string Id, IReadOnlyList<string> Turns, string? Expect, string? Forbid, string Note);

    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute("DELETE FROM conversation_suites WHERE id = @id", new { id }) > 0, cancellationToken);

    public sealed record SuiteSave(StoredSuite? Saved, IReadOnlyList<string> NameProblems, IReadOnlyList<string> CaseProblems)
    {
        public bool Gone => Saved is null && NameProblems.Count == 0 && CaseProblems.Count == 0;

        /// <summary>Another suite has the name: a conflict with what is stored, not a mistake in what was sent.</summary>
        public bool NameTaken { get; init; }

        /// <summary>The suite already has a case with the new case's id.</summary>
        public bool IdTaken { get; init; }

        /// <summary>A new case's problems by the field they are in (id, expect, forbid).</summary>
        public IReadOnlyDictionary<string, string> FieldProblems { get; init; } = new Dictionary<string, string>();
    }

    sealed record Row(long Id, string Name, string Cases, string UpdatedAt, string UpdatedBy)
    {
        public StoredSuite ToSuite() => new(Id, Name, Cases, StoredTime.Parse(UpdatedAt), UpdatedBy);
    }
}
