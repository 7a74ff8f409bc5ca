using Savira.Core.Dialogue;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Classification;

namespace Savira.Tests.Dialogue;

/// <summary>A numbered question offers the last topic first when the classifier still considers it, never an unrelated pair.</summary>
public sealed class ClarificationChoiceTests
{
    static MessageUnderstanding Ranked(params (Intent Intent, double Confidence)[] ranking) =>
        new(ranking[0].Intent, ranking[0].Confidence) { Ranking = ranking.Select(score => new IntentScore(score.Intent, score.Confidence)).ToArray() };

    static Topic On(Intent intent) => new() { Intent = intent, Text = "…" };

    [Fact]
    public void WithoutATopicTheTwoBestAreOffered() =>
        Assert.Equal([Intent.Pdam, Intent.Infrastruktur], Conversation.ClarificationChoices(Ranked((Intent.Pdam, 0.4), (Intent.Infrastruktur, 0.35), (Intent.Pbb, 0.2)), null));

    [Fact]
    public void TheLastTopicRankedThirdComesFirst() =>
        Assert.Equal([Intent.Pbb, Intent.Pdam], Conversation.ClarificationChoices(Ranked((Intent.Pdam, 0.4), (Intent.Infrastruktur, 0.35), (Intent.Pbb, 0.2)), On(Intent.Pbb)));

    [Fact]
    public void ATopicTheClassifierDoesNotConsiderIsLeftOut() =>
        Assert.Equal([Intent.Pdam, Intent.Infrastruktur], Conversation.ClarificationChoices(Ranked((Intent.Pdam, 0.4), (Intent.Infrastruktur, 0.35), (Intent.Rsud, 0.2), (Intent.Pbb, 0.01)), On(Intent.Pbb)));
}
