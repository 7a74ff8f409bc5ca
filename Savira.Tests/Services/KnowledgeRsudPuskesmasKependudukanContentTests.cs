using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Savira.Core.Data;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>The knowledge entries of migrations 0054–0056 (RSUD, puskesmas, Disdukcapil) on a freshly migrated database.</summary>
public sealed class KnowledgeRsudPuskesmasKependudukanContentTests : IDisposable
{
    readonly TempFolder folder = new();

    [Theory]
    [InlineData("rsud")]
    [InlineData("puskesmas")]
    [InlineData("kependudukan")]
    public void EachIntentHasEnoughCheckedEntriesWithExamplesAndShortDistinctAnswers(string intent)
    {
        var entries = ActiveEntries(intent);

        Assert.True(entries.Count >= 15, $"{intent}: {entries.Count} active entries");
        Assert.All(entries, entry =>
        {
            Assert.True(JsonSerializer.Deserialize<string[]>(entry.Examples)!.Length >= 4, entry.Question);
            Assert.False(string.IsNullOrWhiteSpace(entry.Source), entry.Question);
            Assert.Equal("2026-12-01", entry.CheckedOn);
            Assert.True(entry.Answer.Length <= 1500, $"{entry.Question}: {entry.Answer.Length} characters");
        });
        Assert.Equal(entries.Count, entries.Select(entry => entry.Question).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TheSeededKependudukanEntriesWereCorrectedInPlaceKeepingTheirQuestions()
    {
        var seeded = ActiveEntries("kependudukan").Where(entry => entry.Id <= 8).ToList();

        Assert.Equal(8, seeded.Count);
        Assert.Contains(seeded, entry => entry.Id == 4 && entry.Question == "Apa syarat membuat akta kelahiran?");
        Assert.All(seeded, entry => Assert.Equal("2026-12-01", entry.CheckedOn));
    }

    List<Row> ActiveEntries(string intent)
    {
        var database = TestDatabase.At(Path.Combine(folder.Path, "savira.db"));
        new DatabaseMigrator(database, NullLogger<DatabaseMigrator>.Instance).Migrate();
        using var connection = database.Open();
        return connection.Query<Row>(
            "SELECT id, question, answer, examples, source, checked_on AS checkedOn FROM faq_entries WHERE intent = @intent AND active = 1 ORDER BY id",
            new { intent }).ToList();
    }

    public void Dispose() => folder.Dispose();

    sealed record Row
    {
        public required long Id { get; init; }
        public required string Question { get; init; }
        public required string Answer { get; init; }
        public required string Examples { get; init; }
        public required string Source { get; init; }
        public string? CheckedOn { get; init; }
    }
}
