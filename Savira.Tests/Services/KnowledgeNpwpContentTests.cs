namespace Savira.Tests.Services;

/// <summary>The npwp knowledge as migration 0058 leaves it: every answer sends the citizen to DJP, not the city.</summary>
public sealed class KnowledgeNpwpContentTests
{
    static readonly string[] TaxOffices = ["DJP", "KPP", "Kring Pajak"];

    readonly IReadOnlyList<FaqContentRules.Entry> entries = FaqContentRules.ActiveEntries("npwp");

    [Fact]
    public void EveryAnswerNamesTheTaxOffice() =>
        Assert.All(entries, entry => Assert.True(
            TaxOffices.Any(office => entry.Answer.Contains(office, StringComparison.Ordinal)),
            $"entry {entry.Id} names neither DJP, a KPP nor Kring Pajak"));

    [Fact]
    public void TheSeededEntriesWereCheckedAgain()
    {
        var seeded = entries.Where(entry => entry.Id is >= 15 and <= 19).ToList();

        Assert.Equal(5, seeded.Count);
        Assert.All(seeded, entry => Assert.Equal("2026-12-01", entry.CheckedOn));
        Assert.Contains(seeded, entry => entry.Answer.Contains("1 Juli 2024", StringComparison.Ordinal)); // NIK as NPWP, PMK 136/2023
    }
}
