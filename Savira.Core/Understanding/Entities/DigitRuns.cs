namespace Savira.Core.Understanding.Entities;

/// <summary>
/// The runs of digits a text holds: how many digits in all, and which run lengths occur. A digit is what the entity
/// patterns' <c>\d</c> matches (any Unicode decimal digit). Each code and number the extractor looks for is written
/// as runs of known lengths (a plate's number is a run of 1–4) or has a known number of digits in all (a NIK 16,
/// however grouped), and most messages have no digit at all, so a pattern that cannot match is not run.
/// </summary>
internal readonly struct DigitRuns
{
    const int LongestTracked = 63; // a run this long or longer sets the last bit

    readonly ulong lengths; // bit n: a run of n digits

    DigitRuns(ulong lengths, int count) => (this.lengths, Count) = (lengths, count);

    public int Count { get; }

    public static DigitRuns In(ReadOnlySpan<char> text)
    {
        ulong lengths = 0;
        var count = 0;
        var run = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                run++;
                continue;
            }
            lengths |= Bit(run);
            count += run;
            run = 0;
        }
        lengths |= Bit(run);
        count += run;
        return new DigitRuns(lengths & ~1UL, count);
    }

    /// <summary>True when some run has between <paramref name="shortest"/> and <paramref name="longest"/> digits.</summary>
    public bool AnyOfLength(int shortest, int longest = LongestTracked)
    {
        var upTo = Math.Min(longest, LongestTracked);
        var wanted = (ulong.MaxValue << shortest) & (ulong.MaxValue >> (LongestTracked - upTo));
        return shortest <= upTo && (lengths & wanted) != 0;
    }

    static ulong Bit(int run) => 1UL << Math.Min(run, LongestTracked);
}
