using System.Runtime.Intrinsics;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// How often each letter occurs in a word. Half the difference between two words' counts is a lower bound on their
/// edit distance (a substitution changes two counts, an insertion or a deletion one, a swap none), and far cheaper
/// to compare: a name whose letters are too different is not worth aligning.
/// </summary>
internal readonly struct LetterCounts
{
    readonly Vector256<byte> counts; // by the character's low five bits (a–z apart); sharing a slot only lowers the bound

    LetterCounts(Vector256<byte> counts) => this.counts = counts;

    public static LetterCounts Of(ReadOnlySpan<char> word)
    {
        Span<byte> counts = stackalloc byte[Vector256<byte>.Count];
        foreach (var c in word)
        {
            ref var count = ref counts[c & (Vector256<byte>.Count - 1)];
            if (count < byte.MaxValue)
                count++;
        }
        return new LetterCounts(Vector256.Create<byte>(counts));
    }

    public int MinimumEdits(LetterCounts other)
    {
        var difference = Vector256.Max(counts, other.counts) - Vector256.Min(counts, other.counts);
        var (lower, upper) = Vector256.Widen(difference);
        return (Vector256.Sum(lower + upper) + 1) / 2;
    }
}
