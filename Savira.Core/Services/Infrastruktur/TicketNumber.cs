using System.Globalization;
using System.Text.RegularExpressions;

namespace Savira.Core.Services.Infrastruktur;

/// <summary>A report's ticket number: INF-yyyy-NNNNNN, the WIB year it was filed and that year's sequence.</summary>
public static partial class TicketNumber
{
    public static string Format(int year, long sequence) =>
        $"INF-{year.ToString("0000", CultureInfo.InvariantCulture)}-{sequence.ToString("000000", CultureInfo.InvariantCulture)}";

    /// <summary>The first ticket number written in <paramref name="text"/>, in its canonical form ("inf 2026 12" → "INF-2026-000012"), or null.</summary>
    public static string? Find(string text)
    {
        var match = Pattern().Match(text);
        return match.Success
            ? Format(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), long.Parse(match.Groups["sequence"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    [GeneratedRegex(@"\bINF\s*[-/.]?\s*(?<year>20\d{2})\s*[-/.]?\s*(?<sequence>\d{1,9})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
