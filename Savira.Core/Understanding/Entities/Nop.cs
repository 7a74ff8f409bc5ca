using System.Text.RegularExpressions;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// Nomor Objek Pajak of PBB: 18 digits, printed as PP.KK.CCC.LLL.BBB-UUUU.J — province, regency/city,
/// kecamatan, kelurahan, block, serial and kind. Semarang's are 33.74.….
/// </summary>
public readonly partial record struct Nop
{
    Nop(string digits) => Digits = digits;

    internal const int DigitCount = 18;

    public string Digits { get; }

    public string Province => Digits[..2];
    public string Regency => Digits[2..4];

    /// <summary>"33.74.010.005.012-0345.0"</summary>
    public override string ToString() =>
        $"{Digits.AsSpan(0, 2)}.{Digits.AsSpan(2, 2)}.{Digits.AsSpan(4, 3)}.{Digits.AsSpan(7, 3)}.{Digits.AsSpan(10, 3)}-{Digits.AsSpan(13, 4)}.{Digits[17]}";

    /// <summary>Reads a NOP written dotted or as 18 plain digits; anything else, or an impossible structure, is not one.</summary>
    public static bool TryParse(string? text, out Nop nop)
    {
        nop = default;
        if (text is null)
            return false;
        var trimmed = text.Trim();
        if (!Dotted().IsMatch(trimmed) && !Plain().IsMatch(trimmed))
            return false;
        var digits = AsciiDigitsOf(trimmed); // short: the patterns above allow 24 characters at most
        if (!HasValidStructure(digits))
            return false;
        nop = new Nop(digits);
        return true;
    }

    /// <summary>The first NOP written anywhere in a message.</summary>
    public static Nop? FindIn(string text) => LocateIn(text)?.Value;

    /// <summary>The first NOP written in a message, with where it is written.</summary>
    public static Located<Nop>? LocateIn(string text)
    {
        foreach (var candidate in Candidate().EnumerateMatches(text))
        {
            if (TryParse(text.Substring(candidate.Index, candidate.Length), out var nop))
                return new Located<Nop>(nop, candidate.Index, candidate.Length);
        }
        return null;
    }

    static string AsciiDigitsOf(string text)
    {
        Span<char> digits = stackalloc char[text.Length];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
                digits[count++] = c;
        }
        return new string(digits[..count]);
    }

    static bool HasValidStructure(string digits) =>
        digits.Length == DigitCount
        && IndonesianRegions.IsProvinceCode(digits[..2])
        && digits[2..4] != "00"   // regency/city
        && digits[4..7] != "000"  // kecamatan
        && digits[7..10] != "000" // kelurahan
        && digits[13..17] != "0000"; // serial within the block

    [GeneratedRegex(@"^\d{2}[.\s]?\d{2}[.\s]?\d{3}[.\s]?\d{3}[.\s]?\d{3}[-.\s]?\d{4}[.\s]?\d$")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"^\d{18}$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"(?<![\d.])\d[\d.\-]{16,26}\d(?![\d])")]
    private static partial Regex Candidate();
}
