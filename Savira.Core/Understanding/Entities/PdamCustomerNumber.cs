using System.Text.RegularExpressions;

namespace Savira.Core.Understanding.Entities;

/// <summary>A PDAM customer number ("nomor pelanggan"): a run of digits whose length the city configures.</summary>
public readonly partial record struct PdamCustomerNumber
{
    PdamCustomerNumber(string digits) => Digits = digits;

    public string Digits { get; }

    public override string ToString() => Digits;

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

    public static Located<PdamCustomerNumber>? LocateIn(string text, int length)
    {
        foreach (var candidate in DigitRuns().EnumerateMatches(text))
        {
            if (candidate.Length == length)
                return new Located<PdamCustomerNumber>(new PdamCustomerNumber(text.Substring(candidate.Index, candidate.Length)), candidate.Index, candidate.Length);
        }
        return null;
    }

    [GeneratedRegex(@"(?<![\d.\-])\d+(?![\d.\-]\d)")]
    private static partial Regex DigitRuns();
}
