using System.Text.RegularExpressions;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// A ticket the city handed out: a queue number ("A-007", "B012" — letters and three digits, written after
/// "antrean"/"tiket" or with a leading zero) or a report/request code ("LPR-2026-00123", "TKT-884211").
/// Stored upper case without spaces: "A-007".
/// </summary>
public readonly partial record struct TicketNumber
{
    TicketNumber(string code) => Code = code;

    /// <summary>A queue number's digits are a run of three; a report code's year, the first run after its letters, of four.</summary>
    internal const int QueueDigits = 3;
    internal const int ReportYearDigits = 4;

    public string Code { get; }

    /// <summary>A puskesmas queue number ("A-007"), as opposed to a report or request code ("LPR-2026-00123").</summary>
    public bool IsQueueNumber => Code.Length <= 6;

    public override string ToString() => Code;

    public static bool TryParse(string? text, out TicketNumber ticket)
    {
        ticket = default;
        var match = Whole().Match(text?.Trim() ?? "");
        if (!match.Success)
            return false;
        ticket = Create(match);
        return true;
    }

    public static TicketNumber? FindIn(string text) => LocateIn(text)?.Value;

    public static Located<TicketNumber>? LocateIn(string text)
    {
        // A public-works report as people copy it ("inf 2026 12", "INF/2026/000123"): canonical INF-yyyy-NNNNNN.
        if (InfrastructureReport().Match(text) is { Success: true } infrastructure)
            return new Located<TicketNumber>(new TicketNumber(
                $"INF-{infrastructure.Groups["year"].Value}-{long.Parse(infrastructure.Groups["sequence"].Value, System.Globalization.CultureInfo.InvariantCulture).ToString("000000", System.Globalization.CultureInfo.InvariantCulture)}"),
                infrastructure.Index, infrastructure.Length);
        if (ReportCode().Match(text) is { Success: true } report)
            return new Located<TicketNumber>(new TicketNumber(report.Value.ToUpperInvariant()), report.Index, report.Length);
        for (var match = QueueCode().Match(text); match.Success; match = match.NextMatch())
        {
            var announced = match.Groups["cue"].Success;
            var zeroLed = match.Groups["digits"].Value.StartsWith('0');
            if (announced || zeroLed)
            {
                var code = match.Groups["code"];
                return new Located<TicketNumber>(Create(match), code.Index, code.Length);
            }
        }
        return null;
    }

    static TicketNumber Create(Match match) =>
        match.Groups["digits"].Success
            ? new($"{match.Groups["letters"].Value.ToUpperInvariant()}-{match.Groups["digits"].Value}")
            : new(match.Value.ToUpperInvariant());

    [GeneratedRegex(@"^(?:(?<letters>[A-Za-z]{1,2})[\s\-]?(?<digits>\d{3})|[A-Za-z]{2,4}-\d{4}(?:-\d{3,6})?)$")]
    private static partial Regex Whole();

    [GeneratedRegex(@"(?<![\p{L}\d\-])[A-Za-z]{2,4}-\d{4}(?:-\d{3,6})?(?![\d\-])")]
    private static partial Regex ReportCode();

    [GeneratedRegex(@"(?<![\p{L}\d])INF\s*[-/.]?\s*(?<year>20\d{2})\s*[-/.]?\s*(?<sequence>\d{1,6})(?![\d])", RegexOptions.IgnoreCase)]
    private static partial Regex InfrastructureReport();

    [GeneratedRegex(@"(?:(?<![\p{L}])(?<cue>antrean|antrian|antri|antre|tiket|karcis)(?:nya)?\s*(?:nomor|no\.?|nmr)?\s*:?\s*)?(?<code>(?<![\p{L}\d])(?<letters>[A-Za-z]{1,2})[\s\-]?(?<digits>\d{3})(?![\p{L}\d]))", RegexOptions.IgnoreCase)]
    private static partial Regex QueueCode();
}
