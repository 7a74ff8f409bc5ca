using System.Globalization;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// Nomor Induk Kependudukan: 16 digits — province, regency, kecamatan (6), birth date DDMMYY with 40 added
/// to the day for women (6), and a serial from 0001 (4). A NIK whose birth date cannot exist is not a NIK.
/// </summary>
public readonly record struct Nik
{
    Nik(string digits) => Digits = digits;

    internal const int DigitCount = 16;

    public string Digits { get; }

    public bool IsFemale => int.Parse(Digits[6..8], CultureInfo.InvariantCulture) > 40;

    /// <summary>"3374********0001": enough for a citizen to recognise, not enough to misuse.</summary>
    public string Masked => Digits[..4] + new string('*', 8) + Digits[12..];

    public override string ToString() => Digits;

    /// <summary>Reads a NIK written on its own: 16 digits in any grouping of single spaces, dots or dashes ("3374 0101 0101 0001").</summary>
    public static bool TryParse(string? text, out Nik nik)
    {
        nik = default;
        var trimmed = text?.Trim().TrimEnd('.').TrimEnd() ?? "";
        if (LocateIn(trimmed) is not { Index: 0 } found || found.Length != trimmed.Length)
            return false;
        nik = found.Value;
        return true;
    }

    public static Nik? FindIn(string text) => LocateIn(text)?.Value;

    /// <summary>
    /// The first NIK written in a message: a run of 16 digits however grouped ("3374014507900001", "3374 0145 0790 0001",
    /// "337401-450790-0001"), or 16 of a longer run that spaces set apart, with a possible region and birth date.
    /// </summary>
    public static Located<Nik>? LocateIn(string text) =>
        WrittenNumber.First<Nik>(text, DigitCount, splitAtSpaces: true, static (_, candidate) =>
            IsValid(candidate.Digits) ? new Nik(candidate.Digits) : null);

    /// <summary>True when the word before <paramref name="index"/> says a NIK follows: "nik", "NIK:", "nik saya", "no ktp".</summary>
    internal static bool IsAnnouncedAt(string text, int index)
    {
        var end = index;
        for (var words = 0; words < 3; words++)
        {
            while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ':' or '.' or '-'))
                end--;
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
                start--;
            var word = text.AsSpan(start, end - start);
            if (word.Equals("nik", StringComparison.OrdinalIgnoreCase) || word.Equals("niknya", StringComparison.OrdinalIgnoreCase)
                || word.Equals("ktp", StringComparison.OrdinalIgnoreCase))
                return true;
            if (!IsFiller(word))
                return false;
            end = start;
        }
        return false;

        static bool IsFiller(ReadOnlySpan<char> word) =>
            word.Equals("saya", StringComparison.OrdinalIgnoreCase) || word.Equals("sy", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ku", StringComparison.OrdinalIgnoreCase) || word.Equals("no", StringComparison.OrdinalIgnoreCase)
            || word.Equals("nomor", StringComparison.OrdinalIgnoreCase);
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
}
