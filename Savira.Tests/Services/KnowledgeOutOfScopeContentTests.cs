namespace Savira.Tests.Services;

/// <summary>The out_of_scope referrals as migration 0060 leaves them: short, each naming who serves the question.</summary>
public sealed class KnowledgeOutOfScopeContentTests
{
    readonly IReadOnlyList<FaqContentRules.Entry> entries = FaqContentRules.ActiveEntries("out_of_scope");

    [Fact]
    public void EveryReferralIsATitleAndAtMostFourLines() =>
        Assert.All(entries, entry => Assert.InRange(entry.Answer.Split('\n').Length, 2, 5));
}
