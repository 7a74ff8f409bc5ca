namespace Savira.Tests.Services;

/// <summary>The izin_nakes knowledge (SIP of health workers) as migration 0057 leaves it.</summary>
public sealed class KnowledgeIzinNakesContentTests
{
    readonly IReadOnlyList<FaqContentRules.Entry> entries = FaqContentRules.ActiveEntries("izin_nakes");

    [Fact]
    public void TheSeededEntriesFollowTheRulesOfUu17Of2023()
    {
        var seeded = entries.Where(entry => entry.Id is >= 9 and <= 14).ToList();

        Assert.Equal(6, seeded.Count);
        Assert.All(seeded, entry => Assert.Equal("2026-12-01", entry.CheckedOn));
        Assert.All(entries, entry => Assert.DoesNotContain("selama STR berlaku", entry.Answer, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(entries, entry => entry.Answer.Contains("seumur hidup", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dokter gigi")]
    [InlineData("spesialis")]
    [InlineData("bidan")]
    [InlineData("perawat")]
    [InlineData("apoteker")]
    [InlineData("ttk")]
    [InlineData("fisioterapis")]
    [InlineData("ahli gizi")]
    [InlineData("atlm")]
    [InlineData("radiografer")]
    [InlineData("psikolog klinis")]
    public void EachProfessionIsAskedAboutInSomeEntrysExamples(string profession) =>
        Assert.Contains(entries, entry => entry.Examples.Any(example => example.Contains(profession, StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public void TheStatusCheckShowsTheRegistrationNumberFormat() =>
        Assert.Contains(entries, entry => entry.Answer.Contains("SIP-20261102-0007", StringComparison.Ordinal));
}
