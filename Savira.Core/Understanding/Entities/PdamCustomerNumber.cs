namespace Savira.Core.Understanding.Entities;

/// <summary>
/// A PDAM customer number ("nomor pelanggan"): a number of as many digits as <c>Savira:Pdam:CustomerNumberLength</c>
/// says, written plain or in groups ("01230045", "0123 0045", "0123-0045", "0123.0045").
/// </summary>
public readonly record struct PdamCustomerNumber
{
    PdamCustomerNumber(string digits) => Digits = digits;

    /// <summary>Written in more groups than this, it is something else (a date, a time, a list of numbers).</summary>
    const int MaxGroups = 4;

    public string Digits { get; }

    public override string ToString() => Digits;

    /// <summary>The answer to "what is your customer number?": the whole text is the digits, spaces, dots and dashes between them allowed.</summary>
    public static bool TryParse(string? text, int length, out PdamCustomerNumber number)
    {
        number = default;
        var digits = new string((text ?? "").Trim().Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '.').ToArray());
        if (digits.Length != length || !digits.All(char.IsAsciiDigit))
            return false;
        number = new PdamCustomerNumber(digits);
        return true;
    }

    public static PdamCustomerNumber? FindIn(string text, int length) => LocateIn(text, length)?.Value;

    /// <summary>
    /// The first customer number in a message: a whole run of <paramref name="length"/> digits (<see cref="WrittenNumber"/>),
    /// never part of a longer one. Grouped, each group but the last has at least three digits and the last at least
    /// two, so that dates, times, amounts and pairs of years are not numbers of a customer: "12-12-2026",
    /// "08.30-12.00", "12.500.000", "2023-2024", and nothing written after "Rp".
    /// </summary>
    public static Located<PdamCustomerNumber>? LocateIn(string text, int length) =>
        WrittenNumber.First<PdamCustomerNumber>(text, length, splitAtSpaces: false, static (text, candidate) =>
            IsCustomerNumberShaped(text, candidate) && !IsAmount(text, candidate) ? new PdamCustomerNumber(candidate.Digits) : null);

    static bool IsCustomerNumberShaped(string text, WrittenNumber candidate)
    {
        Span<int> lengths = stackalloc int[MaxGroups];
        var groups = candidate.GroupLengths(text, lengths);
        if (groups == 1)
            return true;
        if (groups > MaxGroups || lengths[groups - 1] < 2)
            return false;
        var (years, offset) = (0, 0);
        for (var i = 0; i < groups; i++)
        {
            if (i < groups - 1 && lengths[i] < 3)
                return false;
            if (lengths[i] == 4 && candidate.Digits.AsSpan(offset, 2) is "19" or "20")
                years++;
            offset += lengths[i];
        }
        var thousands = candidate.IsDotted(text) && lengths[1..groups].IndexOfAnyExcept(3) < 0;
        return years < groups && !thousands;
    }

    /// <summary>"Rp 12500000", "rp. 0123 0045".</summary>
    static bool IsAmount(string text, WrittenNumber candidate)
    {
        var end = candidate.Index;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ':'))
            end--;
        return end >= 2 && text.AsSpan(end - 2, 2).Equals("rp", StringComparison.OrdinalIgnoreCase) && (end == 2 || !char.IsLetter(text[end - 3]));
    }
}
