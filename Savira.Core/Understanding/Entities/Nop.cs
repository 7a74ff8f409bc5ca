using System.Text.RegularExpressions;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// Nomor Objek Pajak of PBB: 18 digits, printed as PP.KK.CCC.LLL.BBB-UUUU.J — province, regency/city,
/// kecamatan, kelurahan, block, serial and kind. Semarang's are 33.74.….
/// </summary>
public readonly partial record struct Nop
{
    Nop(string digits) => Digits = digits;

    public string Digits { get; }

    public string Province => Digits[..2];
    public string Regency => Digits[2..4];

    /// <summary>"33.74.010.005.012-0345.0"</summary>
    public override string ToString() =>
        $"{Digits[..2]}.{Digits[2..4]}.{Digits[4..7]}.{Digits[7..10]}.{Digits[10..13]}-{Digits[13..17]}.{Digits[17]}";

    /// <summary>Reads a NOP written dotted or as 18 plain digits; anything else, or an impossible structure, is not one.</summary>
    public static bool TryParse(string? text, out Nop nop)
    {
        nop = default;
        if (text is null)
            return false;
        var trimmed = text.Trim();
        if (!Dotted().IsMatch(trimmed) && !Plain().IsMatch(trimmed))
            return false;
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
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

    static bool HasValidStructure(string digits) =>
        digits.Length == 18
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
