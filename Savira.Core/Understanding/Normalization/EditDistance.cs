namespace Savira.Core.Understanding.Normalization;

/// <summary>Optimal-string-alignment distance (Levenshtein plus adjacent swaps), cut off early above a limit.</summary>
public static class EditDistance
{
    const int MaxWordLength = 64;

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or limit + 1 when it exceeds <paramref name="limit"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit || b.Length > MaxWordLength)
            return limit + 1;
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > limit)
                return limit + 1;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.Min(previous[b.Length], limit + 1);
    }

    /// <summary>How many edits a word of this length may carry and still be recognised: none for short words.</summary>
    public static int AllowedFor(int length) => length switch
    {
        < 4 => 0,
        < 7 => 1,
        _ => 2,
    };
}
