using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Savira.Core.Data;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>
/// The knowledge entries of one intent as a fresh database holds them after every migration, and the rules
/// every entry must keep (the content brief): enough entries, each with example phrasings, a source and a
/// checked date, a WhatsApp-sized answer, and no question asked twice.
/// </summary>
static class FaqContentRules
{
    public sealed record Entry(long Id, string Question, string Answer, IReadOnlyList<string> Examples, string Source, string? CheckedOn);

    sealed record Row(long Id, string Question, string Answer, string Examples, string Source, string? CheckedOn);

    public static IReadOnlyList<Entry> ActiveEntries(string intent)
    {
        using var folder = new TempFolder();
        var database = TestDatabase.At(Path.Combine(folder.Path, "savira.db"));
        new DatabaseMigrator(database, NullLogger<DatabaseMigrator>.Instance).Migrate();
        using var connection = database.Open();
        return connection.Query<Row>(
                "SELECT id, question, answer, examples, source, checked_on AS checkedOn FROM faq_entries WHERE intent = @intent AND active = 1 ORDER BY id",
                new { intent })
            .Select(row => new Entry(row.Id, row.Question, row.Answer, JsonSerializer.Deserialize<List<string>>(row.Examples) ?? [], row.Source, row.CheckedOn))
            .ToList();
    }

    public static void AssertKept(IReadOnlyList<Entry> entries)
    {
        Assert.True(entries.Count >= 15, $"only {entries.Count} active entries");
        Assert.All(entries, entry =>
        {
            Assert.True(entry.Examples.Count >= 4, $"entry {entry.Id} has {entry.Examples.Count} examples");
            Assert.All(entry.Examples, example => Assert.False(string.IsNullOrWhiteSpace(example)));
            Assert.False(string.IsNullOrWhiteSpace(entry.Source), $"entry {entry.Id} has no source");
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", entry.CheckedOn ?? "");
            Assert.InRange(entry.Answer.Length, 100, 1500);
            Assert.Contains('*', entry.Answer.Split('\n')[0]); // a bold title line first
            Assert.DoesNotContain("ketik *menu*", entry.Answer, StringComparison.OrdinalIgnoreCase); // the bot adds its own footer
        });
        var repeated = entries.GroupBy(entry => entry.Question.Trim(), StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key);
        Assert.Empty(repeated);
    }
}
