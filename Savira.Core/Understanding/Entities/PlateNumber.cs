using System.Text.RegularExpressions;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// An Indonesian vehicle registration plate: region letters (1–2), a number (1–4 digits, not starting
/// with 0) and up to three suffix letters — "H 1234 AB", written "h1234ab", "H-4402-MN", "H.1234.AB" or "h 1234 ab" too.
/// </summary>
public readonly partial record struct PlateNumber
{
    PlateNumber(string region, string number, string suffix) => (Region, Number, Suffix) = (region, number, suffix);

    /// <summary>The number is a whole run of one to four digits, letters or a separator on either side.</summary>
    internal const int MaxNumberDigits = 4;

    public string Region { get; }
    public string Number { get; }
    public string Suffix { get; }

    /// <summary>"H 1234 AB"</summary>
    public override string ToString() => Suffix.Length == 0 ? $"{Region} {Number}" : $"{Region} {Number} {Suffix}";

    public static bool TryParse(string? text, out PlateNumber plate)
    {
        plate = default;
        if (text is null)
            return false;
        var match = Whole().Match(text.Trim());
        if (!match.Success)
            return false;
        plate = Create(match);
        return true;
    }

    /// <summary>The first plate written in a message; needs a digit group flanked by region letters.</summary>
    public static PlateNumber? FindIn(string text) => LocateIn(text)?.Value;

    public static Located<PlateNumber>? LocateIn(string text)
    {
        for (var match = Anywhere().Match(text); match.Success; match = match.NextMatch())
        {
            // In free text "rt 5" or "b 2 tahun" are not plates: the region must be a real one, and a plate
            // without suffix letters needs at least three digits.
            var plausible = match.Groups["suffix"].Success || match.Groups["number"].Value.Length >= 3;
            if (plausible && KnownRegions.Contains(match.Groups["region"].Value.ToUpperInvariant()))
                return new Located<PlateNumber>(Create(match), match.Index, match.Length);
        }
        return null;
    }

    static PlateNumber Create(Match match) => new(
        match.Groups["region"].Value.ToUpperInvariant(),
        match.Groups["number"].Value,
        match.Groups["suffix"].Value.ToUpperInvariant());

    /// <summary>Region codes in use (Samsat). Central Java's are H, G, K, R, AA, AD.</summary>
    static readonly HashSet<string> KnownRegions =
    [
        "A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z",
        "AA", "AB", "AD", "AE", "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN", "BP",
        "DA", "DB", "DC", "DD", "DE", "DG", "DH", "DK", "DL", "DM", "DN", "DP", "DR", "DS", "DT",
        "EA", "EB", "ED", "KB", "KH", "KT", "KU", "PA", "PB",
    ];

    [GeneratedRegex(@"^(?<region>[A-Za-z]{1,2})[\s.\-]?(?<number>[1-9]\d{0,3})(?:[\s.\-]?(?<suffix>[A-Za-z]{1,3}))?\.?$")]
    private static partial Regex Whole();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<region>[A-Za-z]{1,2})[\s.\-]?(?<number>[1-9]\d{0,3})(?:[\s.\-]?(?<suffix>[A-Za-z]{1,3}))?(?![\p{L}\d])")]
    private static partial Regex Anywhere();
}
