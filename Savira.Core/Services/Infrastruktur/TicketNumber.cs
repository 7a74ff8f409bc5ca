using System.Globalization;
using System.Text.RegularExpressions;

namespace Savira.Core.Services.Infrastruktur;

/// <summary>A report's ticket number: INF-yyyyMMdd-NNNN, the WIB date it was filed and that day's sequence.</summary>
public static partial class TicketNumber
{
    public static string Format(DateOnly day, long sequence) =>
        $"INF-{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{sequence.ToString("0000", CultureInfo.InvariantCulture)}";

    /// <summary>The first ticket number written in <paramref name="text"/>, in its canonical form, or null.</summary>
    public static string? Find(string text)
    {
        var match = Pattern().Match(text);
        return match.Success ? $"INF-{match.Groups["date"].Value}-{match.Groups["sequence"].Value}" : null;
    }

    [GeneratedRegex(@"\bINF\s*[-/.]?\s*(?<date>\d{8})\s*[-/.]?\s*(?<sequence>\d{4,})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
