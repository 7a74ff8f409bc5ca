using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;

namespace Savira.Core.Services.Faq;

/// <summary>
/// The knowledge base: faq_entries (what citizens are answered from), faq_drafts (unpublished changes) and
/// faq_versions (every published version). Writes go through the <see cref="DatabaseWriter"/>; each checks the
/// caller's edit version and writes all or nothing in one step. Publishing, rolling back and deactivating bump
/// <see cref="Revision"/>, which tells the retriever to rebuild its index before the next question.
/// </summary>
public sealed class FaqStore(Database database, DatabaseWriter writer, TimeProvider clock)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    long revision;

    /// <summary>Changes whenever what citizens are answered from changed through this store.</summary>
    public long Revision => Interlocked.Read(ref revision);

    /// <summary>Published entries (with <paramref name="includeInactive"/>: every entry, drafts too), without their drafts.</summary>
    public IReadOnlyList<FaqEntry> List(string? intent = null, bool includeInactive = false)
    {
        using var connection = database.Open();
        return connection.Query<EntryRow>(
            $"""
            {SelectEntry}
            WHERE (@intent IS NULL OR e.intent = @intent) AND (@includeInactive OR (e.active = 1 AND e.published_version > 0))
            ORDER BY e.intent, e.id
            """,
            new { intent, includeInactive }).Select(row => ToEntry(row, withDraft: false)).ToList();
    }

    /// <summary>Every entry with its draft, for the console.</summary>
    public IReadOnlyList<FaqEntry> ListForEditing()
    {
        using var connection = database.Open();
        return connection.Query<EntryRow>($"{SelectEntryWithDraft} ORDER BY e.intent, e.id").Select(row => ToEntry(row, withDraft: true)).ToList();
    }

    public FaqEntry? Find(long id)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<EntryRow>($"{SelectEntryWithDraft} WHERE e.id = @id", new { id });
        return row is null ? null : ToEntry(row, withDraft: true);
    }

    /// <summary>The entry's published versions, newest first.</summary>
    public IReadOnlyList<FaqVersion> Versions(long id)
    {
        using var connection = database.Open();
        return connection.Query<VersionRow>(
            $"SELECT entry_id AS entryId, version, note, published_at AS publishedAt, published_by AS publishedBy, {ContentColumns} FROM faq_versions WHERE entry_id = @id ORDER BY version DESC",
            new { id })
            .Select(row => new FaqVersion(row.EntryId, (int)row.Version, ToContent(row), row.Note, StoredTime.Parse(row.PublishedAt), row.PublishedBy))
            .ToList();
    }

    /// <summary>A new entry, as a draft only: no citizen is answered from it until it is published.</summary>
    public async Task<FaqEntry> CreateDraftAsync(FaqContent content, string by, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(clock.GetUtcNow());
        var id = await writer.WriteAsync(connection => InsertDraft(connection, content, now, by), cancellationToken).ConfigureAwait(false);
        return Find(id)!;
    }

    /// <summary>
    /// Saves <paramref name="content"/> as the entry's draft (a draft that is the published content again is dropped).
    /// <paramref name="expectedEditVersion"/> null: no check.
    /// </summary>
    public Task<FaqWrite> SaveDraftAsync(long id, FaqContent content, long? expectedEditVersion, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedEditVersion, publishes: false, (connection, entry, now) =>
        {
            if (entry.PublishedVersion > 0 && content.SameAs(entry.Published))
                connection.Execute("DELETE FROM faq_drafts WHERE entry_id = @id", new { id });
            else
            {
                var parameters = Parameters(content, now, by);
                parameters.Add("id", id);
                connection.Execute(SaveDraft, parameters);
                if (entry.PublishedVersion == 0) // never published: the row shows the draft, so lists of every entry do too
                    connection.Execute($"UPDATE faq_entries SET {SetContent} WHERE id = @id", parameters);
            }
            return FaqOutcome.Done;
        }, cancellationToken);

    /// <summary>
    /// Saves every draft of <paramref name="batch"/> in one write, or none of them when an entry is missing or changed
    /// since the caller read it. Like <see cref="SaveDraftAsync"/>, nothing is published.
    /// </summary>
    public async Task<FaqBatchWrite> SaveDraftsAsync(FaqDraftBatch batch, string by, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(clock.GetUtcNow());
        return await writer.WriteAsync(connection =>
        {
            // The writer runs this inside its transaction (a failing statement rolls back this write alone); every check
            // comes before the first statement that writes, so a refusal leaves nothing behind.
            foreach (var change in batch.Changed)
            {
                var current = connection.QuerySingleOrDefault<long?>("SELECT edit_version FROM faq_entries WHERE id = @Id", new { change.Id });
                if (current != change.ExpectedEditVersion)
                    return new FaqBatchWrite(current is null ? FaqOutcome.NotFound : FaqOutcome.Stale, RefusedId: change.Id);
            }
            var created = new List<long>();
            foreach (var content in batch.Added)
                created.Add(InsertDraft(connection, content, now, by));
            foreach (var change in batch.Changed)
            {
                var parameters = Parameters(change.Content, now, by);
                parameters.Add("id", change.Id);
                connection.Execute(SaveDraft, parameters);
                connection.Execute(
                    $"UPDATE faq_entries SET edit_version = edit_version + 1, updated_at = @now WHERE id = @id; UPDATE faq_entries SET {SetContent} WHERE id = @id AND published_version = 0",
                    parameters);
            }
            return new FaqBatchWrite(FaqOutcome.Done, created);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes the entry's draft as its next version; citizens are answered from it from the next message on.</summary>
    public Task<FaqWrite> PublishAsync(long id, string note, long? expectedEditVersion, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedEditVersion, publishes: true, (connection, entry, now) =>
        {
            if (entry.Draft is not { } draft)
                return FaqOutcome.NothingToPublish;
            Publish(connection, entry, draft.Content, note, now, by);
            connection.Execute("DELETE FROM faq_drafts WHERE entry_id = @id", new { id });
            return FaqOutcome.Done;
        }, cancellationToken);

    /// <summary>
    /// Publishes the content of an earlier <paramref name="version"/> again, byte for byte, as the next version; a
    /// draft in progress is kept.
    /// </summary>
    public Task<FaqWrite> RollbackAsync(long id, int version, string note, long? expectedEditVersion, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedEditVersion, publishes: true, (connection, entry, now) =>
        {
            var row = connection.QuerySingleOrDefault<VersionRow>(
                $"SELECT entry_id AS entryId, version, note, published_at AS publishedAt, published_by AS publishedBy, {ContentColumns} FROM faq_versions WHERE entry_id = @id AND version = @version",
                new { id, version });
            if (row is null)
                return FaqOutcome.NoSuchVersion;
            Publish(connection, entry, ToContent(row), note, now, by);
            return FaqOutcome.Done;
        }, cancellationToken);

    /// <summary>Stops an entry from being answered, keeping it and its versions for the record.</summary>
    public Task<FaqWrite> DeactivateAsync(long id, long? expectedEditVersion, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedEditVersion, publishes: true, (connection, _, _) =>
        {
            connection.Execute("UPDATE faq_entries SET active = 0 WHERE id = @id", new { id });
            return FaqOutcome.Done;
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="change"/> in one write when the entry exists and is still at <paramref name="expectedEditVersion"/>;
    /// a change that is done moves the entry to its next edit version.
    /// </summary>
    async Task<FaqWrite> ChangeAsync(long id, long? expectedEditVersion, bool publishes, Func<SqliteConnection, FaqEntry, string, FaqOutcome> change, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(clock.GetUtcNow());
        var outcome = await writer.WriteAsync(connection =>
        {
            var row = connection.QuerySingleOrDefault<EntryRow>($"{SelectEntryWithDraft} WHERE e.id = @id", new { id });
            if (row is null)
                return FaqOutcome.NotFound;
            var entry = ToEntry(row, withDraft: true);
            if (expectedEditVersion is { } expected && expected != entry.EditVersion)
                return FaqOutcome.Stale;
            var done = change(connection, entry, now);
            if (done == FaqOutcome.Done)
                connection.Execute("UPDATE faq_entries SET edit_version = edit_version + 1, updated_at = @now WHERE id = @id", new { id, now });
            return done;
        }, cancellationToken).ConfigureAwait(false);
        if (outcome != FaqOutcome.Done)
            return new FaqWrite(outcome);
        if (publishes)
            Interlocked.Increment(ref revision);
        return new FaqWrite(outcome, Find(id));
    }

    /// <summary>A new entry that is a draft only (never published), and its id.</summary>
    static long InsertDraft(SqliteConnection connection, FaqContent content, string now, string by)
    {
        var parameters = Parameters(content, now, by);
        var id = connection.ExecuteScalar<long>(
            $"""
            INSERT INTO faq_entries ({ContentColumnNames}, active, published_version, edit_version, created_at, updated_at)
            VALUES ({ContentValues}, 1, 0, 1, @now, @now)
            RETURNING id
            """, parameters);
        parameters.Add("id", id);
        connection.Execute(SaveDraft, parameters);
        return id;
    }

    static void Publish(SqliteConnection connection, FaqEntry entry, FaqContent content, string note, string now, string by)
    {
        var parameters = Parameters(content, now, by);
        parameters.Add("id", entry.Id);
        parameters.Add("version", connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) + 1 FROM faq_versions WHERE entry_id = @id", new { id = entry.Id }));
        parameters.Add("note", note);
        connection.Execute($"UPDATE faq_entries SET {SetContent}, active = 1, published_version = @version WHERE id = @id", parameters);
        connection.Execute(
            $"""
            INSERT INTO faq_versions (entry_id, version, {ContentColumnNames}, note, published_at, published_by)
            VALUES (@id, @version, {ContentValues}, @note, @now, @by)
            """, parameters);
    }

    const string ContentColumnNames = "intent, question, answer, examples, source, checked_on, starts_at, ends_at";
    const string ContentValues = "@intent, @question, @answer, @examples, @source, @checkedOn, @startsAt, @endsAt";
    const string SaveDraft =
        $"""
        INSERT INTO faq_drafts (entry_id, {ContentColumnNames}, saved_at, saved_by) VALUES (@id, {ContentValues}, @now, @by)
        ON CONFLICT (entry_id) DO UPDATE SET {SetContent}, saved_at = @now, saved_by = @by
        """;
    const string SetContent =
        "intent = @intent, question = @question, answer = @answer, examples = @examples, source = @source, checked_on = @checkedOn, starts_at = @startsAt, ends_at = @endsAt";
    const string ContentColumns = "intent, question, answer, examples, source, checked_on AS checkedOn, starts_at AS startsAt, ends_at AS endsAt";

    static DynamicParameters Parameters(FaqContent content, string now, string by) => new(new
    {
        intent = content.Intent,
        question = content.Question,
        answer = content.Answer,
        examples = JsonSerializer.Serialize(content.Examples, Json),
        source = content.Source,
        checkedOn = content.CheckedOn is { } day ? StoredTime.Day(day) : null,
        startsAt = content.StartsAt is { } start ? StoredTime.Format(start) : null,
        endsAt = content.EndsAt is { } end ? StoredTime.Format(end) : null,
        now,
        by,
    });

    const string SelectEntry =
        """
        SELECT e.id, e.intent, e.question, e.answer, e.examples, e.active, e.source, e.checked_on AS checkedOn, e.starts_at AS startsAt,
            e.ends_at AS endsAt, e.published_version AS publishedVersion, e.edit_version AS editVersion, e.created_at AS createdAt,
            e.updated_at AS updatedAt
        FROM faq_entries e
        """;

    const string SelectEntryWithDraft =
        """
        SELECT e.id, e.intent, e.question, e.answer, e.examples, e.active, e.source, e.checked_on AS checkedOn, e.starts_at AS startsAt,
            e.ends_at AS endsAt, e.published_version AS publishedVersion, e.edit_version AS editVersion, e.created_at AS createdAt,
            e.updated_at AS updatedAt,
            d.entry_id AS draftOf, d.intent AS draftIntent, d.question AS draftQuestion, d.answer AS draftAnswer, d.examples AS draftExamples,
            d.source AS draftSource, d.checked_on AS draftCheckedOn, d.starts_at AS draftStartsAt, d.ends_at AS draftEndsAt,
            d.saved_at AS draftSavedAt, d.saved_by AS draftSavedBy
        FROM faq_entries e LEFT JOIN faq_drafts d ON d.entry_id = e.id
        """;

    static FaqContent ToContent(IContentRow row) => new(row.Intent, row.Question, row.Answer, Examples(row.Examples))
    {
        Source = row.Source,
        CheckedOn = row.CheckedOn is null ? null : StoredTime.ParseDay(row.CheckedOn),
        StartsAt = Moment(row.StartsAt),
        EndsAt = Moment(row.EndsAt),
    };

    static List<string> Examples(string json) => JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];

    static DateTimeOffset? Moment(string? stored) => stored is null ? null : StoredTime.Parse(stored);

    static FaqEntry ToEntry(EntryRow row, bool withDraft) => new()
    {
        Id = row.Id,
        Intent = row.Intent,
        Question = row.Question,
        Answer = row.Answer,
        Examples = Examples(row.Examples),
        Active = row.Active != 0,
        Source = row.Source,
        CheckedOn = row.CheckedOn is null ? null : StoredTime.ParseDay(row.CheckedOn),
        StartsAt = Moment(row.StartsAt),
        EndsAt = Moment(row.EndsAt),
        PublishedVersion = (int)row.PublishedVersion,
        EditVersion = row.EditVersion,
        Draft = withDraft && row.DraftOf is not null
            ? new FaqDraft(new FaqContent(row.DraftIntent!, row.DraftQuestion!, row.DraftAnswer!, Examples(row.DraftExamples!))
            {
                Source = row.DraftSource!,
                CheckedOn = row.DraftCheckedOn is null ? null : StoredTime.ParseDay(row.DraftCheckedOn),
                StartsAt = Moment(row.DraftStartsAt),
                EndsAt = Moment(row.DraftEndsAt),
            }, StoredTime.Parse(row.DraftSavedAt!), row.DraftSavedBy!)
            : null,
        CreatedAt = StoredTime.Parse(row.CreatedAt),
        UpdatedAt = StoredTime.Parse(row.UpdatedAt),
    };

    interface IContentRow
    {
        string Intent { get; }
        string Question { get; }
        string Answer { get; }
        string Examples { get; }
        string Source { get; }
        string? CheckedOn { get; }
        string? StartsAt { get; }
        string? EndsAt { get; }
    }

    sealed record EntryRow : IContentRow
    {
        public required long Id { get; init; }
        public required string Intent { get; init; }
        public required string Question { get; init; }
        public required string Answer { get; init; }
        public required string Examples { get; init; }
        public required long Active { get; init; }
        public required string Source { get; init; }
        public string? CheckedOn { get; init; }
        public string? StartsAt { get; init; }
        public string? EndsAt { get; init; }
        public required long PublishedVersion { get; init; }
        public required long EditVersion { get; init; }
        public required string CreatedAt { get; init; }
        public required string UpdatedAt { get; init; }
        public long? DraftOf { get; init; }
        public string? DraftIntent { get; init; }
        public string? DraftQuestion { get; init; }
        public string? DraftAnswer { get; init; }
        public string? DraftExamples { get; init; }
        public string? DraftSource { get; init; }
        public string? DraftCheckedOn { get; init; }
        public string? DraftStartsAt { get; init; }
        public string? DraftEndsAt { get; init; }
        public string? DraftSavedAt { get; init; }
        public string? DraftSavedBy { get; init; }
    }

    sealed record VersionRow : IContentRow
    {
        public required long EntryId { get; init; }
        public required long Version { get; init; }
        public required string Intent { get; init; }
        public required string Question { get; init; }
        public required string Answer { get; init; }
        public required string Examples { get; init; }
        public required string Source { get; init; }
        public string? CheckedOn { get; init; }
        public string? StartsAt { get; init; }
        public string? EndsAt { get; init; }
        public required string Note { get; init; }
        public required string PublishedAt { get; init; }
        public required string PublishedBy { get; init; }
    }
}
