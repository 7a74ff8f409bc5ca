using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;

namespace Savira.Core.Services.Faq;

/// <summary>
/// The faq_entries table. Writes go through the <see cref="DatabaseWriter"/> and bump <see cref="Revision"/>,
/// which tells the retriever to rebuild its index before the next question.
/// </summary>
public sealed class FaqStore(Database database, DatabaseWriter writer, TimeProvider clock)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    long revision;

    /// <summary>Changes whenever an entry was written through this store.</summary>
    public long Revision => Interlocked.Read(ref revision);

    public IReadOnlyList<FaqEntry> List(string? intent = null, bool includeInactive = false)
    {
        using var connection = database.Open();
        return connection.Query<FaqRow>(
            $"""
            {Select}
            WHERE (@intent IS NULL OR intent = @intent) AND (@includeInactive OR active = 1)
            ORDER BY intent, id
            """,
            new { intent, includeInactive }).Select(ToEntry).ToList();
    }

    public FaqEntry? Find(long id)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<FaqRow>($"{Select} WHERE id = @id", new { id });
        return row is null ? null : ToEntry(row);
    }

    public async Task<FaqEntry> CreateAsync(FaqContent content, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(clock.GetUtcNow());
        var id = await writer.WriteAsync(connection => connection.ExecuteScalar<long>(
            """
            INSERT INTO faq_entries (intent, question, answer, examples, active, source, checked_on, created_at, updated_at)
            VALUES (@Intent, @Question, @Answer, @examples, @Active, @Source, @checkedOn, @now, @now)
            RETURNING id
            """,
            new
            {
                content.Intent, content.Question, content.Answer, examples = JsonSerializer.Serialize(content.Examples, Json), content.Active,
                content.Source, checkedOn = CheckedOn(content), now,
            }),
            cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref revision);
        return Find(id)!;
    }

    /// <summary>Replaces an entry's content; null when there is no such entry.</summary>
    public async Task<FaqEntry?> UpdateAsync(long id, FaqContent content, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(clock.GetUtcNow());
        var changed = await writer.WriteAsync(connection => connection.Execute(
            """
            UPDATE faq_entries
            SET intent = @Intent, question = @Question, answer = @Answer, examples = @examples, active = @Active,
                source = @Source, checked_on = @checkedOn, updated_at = @now
            WHERE id = @id
            """,
            new
            {
                id, content.Intent, content.Question, content.Answer, examples = JsonSerializer.Serialize(content.Examples, Json), content.Active,
                content.Source, checkedOn = CheckedOn(content), now,
            }),
            cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref revision);
        return changed == 0 ? null : Find(id);
    }

    /// <summary>Stops an entry from being answered, keeping it for the record; null when there is no such entry.</summary>
    public async Task<FaqEntry?> DeactivateAsync(long id, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(clock.GetUtcNow());
        var changed = await writer.WriteAsync(connection => connection.Execute(
            "UPDATE faq_entries SET active = 0, updated_at = @now WHERE id = @id", new { id, now }),
            cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref revision);
        return changed == 0 ? null : Find(id);
    }

    static string? CheckedOn(FaqContent content) => content.CheckedOn is { } day ? StoredTime.Day(day) : null;

    const string Select =
        "SELECT id, intent, question, answer, examples, active, source, checked_on AS checkedOn, created_at AS createdAt, updated_at AS updatedAt FROM faq_entries";

    static FaqEntry ToEntry(FaqRow row) => new()
    {
        Id = row.Id,
        Intent = row.Intent,
        Question = row.Question,
        Answer = row.Answer,
        Examples = JsonSerializer.Deserialize<List<string>>(row.Examples, Json) ?? [],
        Active = row.Active != 0,
        Source = row.Source,
        CheckedOn = row.CheckedOn is null ? null : StoredTime.ParseDay(row.CheckedOn),
        CreatedAt = StoredTime.Parse(row.CreatedAt),
        UpdatedAt = StoredTime.Parse(row.UpdatedAt),
    };

    sealed record FaqRow
    {
        public required long Id { get; init; }
        public required string Intent { get; init; }
        public required string Question { get; init; }
        public required string Answer { get; init; }
        public required string Examples { get; init; }
        public required long Active { get; init; }
        public required string Source { get; init; }
        public string? CheckedOn { get; init; }
        public required string CreatedAt { get; init; }
        public required string UpdatedAt { get; init; }
    }
}
