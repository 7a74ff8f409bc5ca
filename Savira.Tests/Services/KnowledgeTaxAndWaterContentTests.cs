using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Savira.Core.Data;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>
/// The knowledge entries of PBB (0051), PKB (0052) and PDAM (0053), read from a freshly migrated database:
/// enough distinct, self-contained entries that operators can re-check.
/// </summary>
public sealed class KnowledgeTaxAndWaterContentTests : IDisposable
{
    readonly TempFolder folder = new();

    sealed record Row(string Question, string Answer, string Examples, string Source, string? CheckedOn);

    List<Row> ActiveEntries(string intent)
    {
        var database = TestDatabase.At(Path.Combine(folder.Path, "savira.db"));
        new DatabaseMigrator(database, NullLogger<DatabaseMigrator>.Instance).Migrate();
        using var connection = database.Open();
        return connection.Query<Row>(
            "SELECT question, answer, examples, source, checked_on AS CheckedOn FROM faq_entries WHERE intent = @intent AND active = 1",
            new { intent }).ToList();
    }

    [Theory]
    [InlineData("pbb")]
    [InlineData("pkb")]
    [InlineData("pdam")]
    public void EachServiceHasAtLeastFifteenDistinctCheckedEntries(string intent)
    {
        var entries = ActiveEntries(intent);

        Assert.True(entries.Count >= 15, $"{intent} has {entries.Count} active entries");
        Assert.Equal(entries.Count, entries.Select(entry => entry.Question).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, entry =>
        {
            Assert.True(entry.Answer.Length <= 1500, $"{entry.Question}: {entry.Answer.Length} characters");
            Assert.True(JsonSerializer.Deserialize<string[]>(entry.Examples)!.Count(example => example.Trim().Length > 0) >= 4, entry.Question);
            Assert.False(string.IsNullOrWhiteSpace(entry.Source), entry.Question);
            Assert.True(DateOnly.TryParseExact(entry.CheckedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), entry.Question);
        });
    }

    public void Dispose() => folder.Dispose();
}
