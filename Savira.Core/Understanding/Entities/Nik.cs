using System.Globalization;
using System.Text.RegularExpressions;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// Nomor Induk Kependudukan: 16 digits — province, regency, kecamatan (6), birth date DDMMYY with 40 added
/// to the day for women (6), and a serial from 0001 (4). A NIK whose birth date cannot exist is not a NIK.
/// </summary>
public readonly partial record struct Nik
{
    Nik(string digits) => Digits = digits;

    /// <summary>Written as one run of digits.</summary>
    internal const int DigitCount = 16;

    public string Digits { get; }

    public bool IsFemale => int.Parse(Digits[6..8], CultureInfo.InvariantCulture) > 40;

    /// <summary>"3374********0001": enough for a citizen to recognise, not enough to misuse.</summary>
    public string Masked => Digits[..4] + new string('*', 8) + Digits[12..];

    public override string ToString() => Digits;

    public static bool TryParse(string? text, out Nik nik)
    {
        nik = default;
        var digits = text?.Trim().Replace(" ", "", StringComparison.Ordinal) ?? "";
        if (!Sixteen().IsMatch(digits) || !IsValid(digits))
            return false;
        nik = new Nik(digits);
        return true;
    }

    public static Nik? FindIn(string text) => LocateIn(text)?.Value;

    public static Located<Nik>? LocateIn(string text)
    {
        foreach (var candidate in Candidate().EnumerateMatches(text))
        {
            if (TryParse(text.Substring(candidate.Index, candidate.Length), out var nik))
                return new Located<Nik>(nik, candidate.Index, candidate.Length);
        }
        return null;
    }

    static bool IsValid(string digits)
    {
        if (!IndonesianRegions.IsProvinceCode(digits[..2]) || digits[2..4] == "00" || digits[4..6] == "00" || digits[12..] == "0000")
            return false;
        var day = int.Parse(digits[6..8], CultureInfo.InvariantCulture);
        if (day > 40)
            day -= 40;
        var month = int.Parse(digits[8..10], CultureInfo.InvariantCulture);
        var yearOfCentury = int.Parse(digits[10..12], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1)
            return false;
        // The century is not written; a day that exists in either 19yy or 20yy is a possible birth date.
        return day <= DateTime.DaysInMonth(1900 + yearOfCentury, month) || day <= DateTime.DaysInMonth(2000 + yearOfCentury, month);
    }

    [GeneratedRegex(@"^\d{16}$")]
    private static partial Regex Sixteen();

    [GeneratedRegex(@"(?<!\d)\d{16}(?!\d)")]
    private static partial Regex Candidate();
}
