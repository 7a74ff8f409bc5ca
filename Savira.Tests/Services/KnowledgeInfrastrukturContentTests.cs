namespace Savira.Tests.Services;

/// <summary>The infrastruktur knowledge (public works) as migration 0059 leaves it.</summary>
public sealed class KnowledgeInfrastrukturContentTests
{
    readonly IReadOnlyList<FaqContentRules.Entry> entries = FaqContentRules.ActiveEntries("infrastruktur");

    [Fact]
    public void TheTicketFormatAndTheEmergencyNumberAreTold()
    {
        Assert.Contains(entries, entry => entry.Answer.Contains("INF-2026-000001", StringComparison.Ordinal));
        Assert.Contains(entries, entry => entry.Question.Contains("Banjir", StringComparison.Ordinal) && entry.Answer.Contains("*112*", StringComparison.Ordinal));
    }
}
