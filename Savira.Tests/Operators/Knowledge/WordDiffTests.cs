using Savira.Bot.Operators.Knowledge;
using static Savira.Bot.Operators.Knowledge.WordDiff;

namespace Savira.Tests.Operators.Knowledge;

/// <summary>The history's diff: the words two versions share, and what one removed and the other added.</summary>
public sealed class WordDiffTests
{
    [Fact]
    public void AChangedWordIsRemovedAndAddedAndTheRestIsShared()
    {
        var pieces = Compare("Lapor paling lambat 30 hari.\nGratis.", "Lapor paling lambat 45 hari.\nGratis.");

        Assert.Equal(
            [new Piece(Kind.Same, "Lapor paling lambat "), new Piece(Kind.Removed, "30"), new Piece(Kind.Added, "45"), new Piece(Kind.Same, " hari.\nGratis.")],
            pieces);
    }

    [Theory]
    [InlineData("", "Baris baru.")]
    [InlineData("Satu dua tiga", "")]
    [InlineData("a b c d", "b x d e")]
    [InlineData("sama", "sama")]
    public void EachSideIsRebuiltFromItsPieces(string before, string after)
    {
        var pieces = Compare(before, after);

        Assert.Equal(before, string.Concat(pieces.Where(piece => piece.Kind != Kind.Added).Select(piece => piece.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(piece => piece.Kind != Kind.Removed).Select(piece => piece.Text)));
    }
}
