using System.Globalization;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// A number as people copy it into a chat: groups of digits joined by one space, dot or dash each —
/// "33.74.010.005.012-0345.0", "3374 0100 0501 2034 50", "0123-0045", or no separator at all. A run of groups stops
/// at anything else: two spaces, a letter, a comma, a slash, a line break; a sentence's last dot ("…0345.0.") is not
/// part of it. Digits of any script count and are read as ASCII.
/// </summary>
internal readonly record struct WrittenNumber(int Index, int Length, string Digits)
{
    /// <summary>A run of more groups than this ends after them (no code is written in so many pieces).</summary>
    const int MaxGroups = 32;

    /// <summary>Reads one candidate; null when it is not what the caller looks for.</summary>
    public delegate T? Reader<T>(string text, WrittenNumber candidate) where T : struct;

    /// <summary>
    /// The first candidate of exactly <paramref name="digitCount"/> digits that <paramref name="read"/> accepts, in
    /// the order written. A candidate is a whole run with that many digits; with <paramref name="splitAtSpaces"/>,
    /// also consecutive groups of a longer run that a space sets apart on each side where the run goes on
    /// ("…0345.0 2024": the NOP and a year). A dot or a dash always joins: "12.500.000" is one number.
    /// A run written onto a code with a dash ("LPR-2026-00123", "2026-AB") is not a number of its own.
    /// </summary>
    public static Located<T>? First<T>(string text, int digitCount, bool splitAtSpaces, Reader<T> read) where T : struct
    {
        Span<int> starts = stackalloc int[MaxGroups];
        Span<int> ends = stackalloc int[MaxGroups]; // exclusive
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsDigit(text[i]))
            {
                i++;
                continue;
            }

            var groups = 0;
            var total = 0;
            var position = i;
            while (true)
            {
                var start = position;
                while (position < text.Length && char.IsDigit(text[position]))
                    position++;
                starts[groups] = start;
                ends[groups] = position;
                groups++;
                total += position - start;
                if (groups == MaxGroups || position + 1 >= text.Length || !IsSeparator(text[position]) || !char.IsDigit(text[position + 1]))
                    break;
                position++;
            }
            i = position;

            var runStart = starts[0];
            var runEnd = ends[groups - 1];
            if (IsAttachedToACode(text, runStart, runEnd) || total < digitCount)
                continue;
            if (total == digitCount)
            {
                if (Read(text, runStart, runEnd, read) is { } whole)
                    return whole;
                continue;
            }
            if (!splitAtSpaces)
                continue;
            for (var first = 0; first < groups; first++)
            {
                if (first > 0 && !IsSpace(text[starts[first] - 1]))
                    continue;
                var sum = 0;
                var last = first;
                for (; last < groups && sum < digitCount; last++)
                    sum += ends[last] - starts[last];
                last--;
                if (sum == digitCount && (last == groups - 1 || IsSpace(text[ends[last]]))
                    && Read(text, starts[first], ends[last], read) is { } part)
                    return part;
            }
        }
        return null;
    }

    /// <summary>The number of digits in each group, in order ("0123-0045": 4, 4); returns how many groups there are.</summary>
    public int GroupLengths(string text, Span<int> lengths)
    {
        var groups = 0;
        var run = 0;
        foreach (var c in text.AsSpan(Index, Length))
        {
            if (char.IsDigit(c))
            {
                run++;
                continue;
            }
            if (groups < lengths.Length)
                lengths[groups] = run;
            groups++;
            run = 0;
        }
        if (groups < lengths.Length)
            lengths[groups] = run;
        return groups + 1;
    }

    /// <summary>True when the groups are joined by dots only ("12.500.000").</summary>
    public bool IsDotted(string text) => Length > Digits.Length && text.AsSpan(Index, Length).IndexOfAny(' ', '\u00A0', '-') < 0;

    static Located<T>? Read<T>(string text, int start, int end, Reader<T> read) where T : struct
    {
        var candidate = new WrittenNumber(start, end - start, AsciiDigits(text.AsSpan(start, end - start)));
        return read(text, candidate) is { } value ? new Located<T>(value, start, end - start) : null;
    }

    static string AsciiDigits(ReadOnlySpan<char> written)
    {
        Span<char> digits = stackalloc char[written.Length];
        var count = 0;
        foreach (var c in written)
        {
            if (char.IsDigit(c))
                digits[count++] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
        }
        return new string(digits[..count]);
    }

    static bool IsSeparator(char c) => c is '.' or '-' || IsSpace(c);

    static bool IsSpace(char c) => c is ' ' or '\u00A0';

    /// <summary>"LPR-2026-00123", "RSW-2611-0042", "1234-AB": letters joined to the digits by a dash.</summary>
    static bool IsAttachedToACode(string text, int start, int end) =>
        (start >= 2 && text[start - 1] == '-' && char.IsLetter(text[start - 2]))
        || (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]));
}
