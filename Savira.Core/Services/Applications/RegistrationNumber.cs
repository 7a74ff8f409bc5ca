using System.Text.RegularExpressions;

namespace Savira.Core.Services.Applications;

/// <summary>A registration number on an application's receipt: DUK-yyyyMMdd-NNNN (Disdukcapil) or SIP-yyyyMMdd-NNNN (DPMPTSP).</summary>
public static partial class RegistrationNumber
{
    /// <summary>The first registration number written in <paramref name="text"/>, in its canonical form, or null.</summary>
    public static string? Find(string text)
    {
        var match = Pattern().Match(text);
        return match.Success
            ? $"{match.Groups["prefix"].Value.ToUpperInvariant()}-{match.Groups["date"].Value}-{match.Groups["sequence"].Value}"
            : null;
    }

    [GeneratedRegex(@"\b(?<prefix>DUK|SIP)\s*[-/.]?\s*(?<date>\d{8})\s*[-/.]?\s*(?<sequence>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
