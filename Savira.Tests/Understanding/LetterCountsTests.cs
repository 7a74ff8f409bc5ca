using Savira.Core.Understanding.Entities;
using Savira.Core.Understanding.Normalization;

namespace Savira.Tests.Understanding;

public sealed class LetterCountsTests
{
    [Fact]
    public void TheMinimumEditsNeverExceedTheEditDistance()
    {
        var random = new Random(11);
        string RandomWord() => new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => "aabikmnpgu0"[random.Next(11)])]);

        for (var i = 0; i < 20_000; i++)
        {
            var (first, second) = (RandomWord(), RandomWord());
            var distance = EditDistance.Bounded(first, second, 64);

            Assert.True(LetterCounts.Of(first).MinimumEdits(LetterCounts.Of(second)) <= distance, $"{first} / {second}");
        }
    }

    [Theory]
    [InlineData("pagi", "gigi", 2)] // p→g, a→i
    [InlineData("gigi", "gizi", 1)]
    [InlineData("anak", "naak", 0)] // a swap changes no count
    [InlineData("umum", "", 2)]
    public void TheMinimumEditsAreHalfTheDifferenceInLetters(string first, string second, int edits) =>
        Assert.Equal(edits, LetterCounts.Of(first).MinimumEdits(LetterCounts.Of(second)));
}
