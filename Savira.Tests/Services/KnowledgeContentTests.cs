namespace Savira.Tests.Services;

/// <summary>
/// Every service's knowledge as a fresh database holds it after every migration keeps the content rules: enough
/// entries, each with phrasings, a source and a checked date, a WhatsApp-sized answer, no question asked twice.
/// </summary>
public sealed class KnowledgeContentTests
{
    [Theory]
    [InlineData("pbb")]
    [InlineData("pkb")]
    [InlineData("pdam")]
    [InlineData("rsud")]
    [InlineData("puskesmas")]
    [InlineData("kependudukan")]
    [InlineData("izin_nakes")]
    [InlineData("npwp")]
    [InlineData("infrastruktur")]
    [InlineData("out_of_scope")]
    public void EveryServicesEntriesKeepTheContentRules(string intent) =>
        FaqContentRules.AssertKept(FaqContentRules.ActiveEntries(intent));

    [Fact]
    public void TheSeededKependudukanEntriesWereCorrectedInPlaceKeepingTheirQuestions()
    {
        var seeded = FaqContentRules.ActiveEntries("kependudukan").Where(entry => entry.Id <= 8).ToList();

        Assert.Equal(8, seeded.Count);
        Assert.Contains(seeded, entry => entry.Id == 4 && entry.Question == "Apa syarat membuat akta kelahiran?");
        Assert.All(seeded, entry => Assert.Equal("2026-12-01", entry.CheckedOn));
    }
}
