using System.Text.RegularExpressions;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// The number on an application's receipt: DUK-yyyyMMdd-NNNN (Disdukcapil) or SIP-yyyyMMdd-NNNN (DPMPTSP,
/// health-worker permits). Citizens write it with spaces, dots or slashes too; it is kept canonical.
/// </summary>
public readonly partial record struct ApplicationNumber
{
    ApplicationNumber(string code) => Code = code;

    /// <summary>The date is a run of at least eight digits (twelve when the sequence follows without a separator).</summary>
    internal const int DateDigits = 8;

    /// <summary>"DUK-20261118-0042"</summary>
    public string Code { get; }

    /// <summary>The service the application belongs to, read from its prefix.</summary>
    public Intent Domain => Code.StartsWith("SIP", StringComparison.Ordinal) ? Intent.IzinNakes : Intent.Kependudukan;

    public override string ToString() => Code;

    public static string? Find(string text) => LocateIn(text)?.Value.Code;

    public static bool TryParse(string text, out ApplicationNumber number)
    {
        var found = LocateIn(text);
        number = found?.Value ?? default;
        return found is not null;
    }

    public static Located<ApplicationNumber>? LocateIn(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
            return null;
        var code = $"{match.Groups["prefix"].Value.ToUpperInvariant()}-{match.Groups["date"].Value}-{match.Groups["sequence"].Value}";
        return new Located<ApplicationNumber>(new ApplicationNumber(code), match.Index, match.Length);
    }

    [GeneratedRegex(@"\b(?<prefix>DUK|SIP)\s*[-/.]?\s*(?<date>\d{8})\s*[-/.]?\s*(?<sequence>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
