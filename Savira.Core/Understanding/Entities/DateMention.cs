using System.Globalization;
using System.Text.RegularExpressions;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// A day the citizen names, resolved against today in Semarang: "hari ini", "besok"/"sesuk", "lusa", "kemarin",
/// a weekday ("senin" = the next Monday from today on, "senin depan" = Monday of next week), "12/12" or
/// "12-12-2026", "12 desember", "tgl 5". A date without a year is the next such day from today.
/// </summary>
public static partial class DateMention
{
    static readonly string[] DayNames = ["minggu", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu"];

    static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["jan"] = 1, ["februari"] = 2, ["feb"] = 2, ["pebruari"] = 2, ["maret"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7,
        ["agustus"] = 8, ["agu"] = 8, ["agt"] = 8, ["agus"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11, ["nopember"] = 11, ["desember"] = 12, ["des"] = 12,
    };

    public static DateOnly? FindIn(string text, DateOnly today) => LocateIn(text, today)?.Value;

    public static Located<DateOnly>? LocateIn(string text, DateOnly today) =>
        (DigitRuns.In(text).AnyOfLength(1, 2) ? LocateWrittenWithDigits(text, today) : null) ?? LocateWrittenInWords(text, today);

    /// <summary>"12/12", "12 desember", "tgl 5": the day is a run of one or two digits.</summary>
    static Located<DateOnly>? LocateWrittenWithDigits(string text, DateOnly today)
    {
        if (Numeric().Match(text) is { Success: true } numeric
            && Resolve(today, Number(numeric, "day"), Number(numeric, "month"), Year(numeric)) is { } numericDate)
            return new Located<DateOnly>(numericDate, numeric.Index, numeric.Length);

        if (Named().Match(text) is { Success: true } named
            && Months.TryGetValue(named.Groups["month"].Value.ToLowerInvariant(), out var month)
            && Resolve(today, Number(named, "day"), month, Year(named)) is { } namedDate)
            return new Located<DateOnly>(namedDate, named.Index, named.Length);

        if (DayOfMonth().Match(text) is { Success: true } dayOfMonth && Number(dayOfMonth, "day") is var day and >= 1 and <= 31)
        {
            var thisMonth = new DateOnly(today.Year, today.Month, 1);
            for (var months = 0; months < 3; months++)
            {
                var first = thisMonth.AddMonths(months);
                if (day <= DateTime.DaysInMonth(first.Year, first.Month) && first.AddDays(day - 1) >= today)
                    return new Located<DateOnly>(first.AddDays(day - 1), dayOfMonth.Index, dayOfMonth.Length);
            }
        }
        return null;
    }

    /// <summary>"besok", "senin depan".</summary>
    static Located<DateOnly>? LocateWrittenInWords(string text, DateOnly today)
    {
        if (Relative().Match(text) is { Success: true } relative)
            return new Located<DateOnly>(today.AddDays(OffsetOf(relative.Groups["word"].Value.ToLowerInvariant())), relative.Index, relative.Length);

        if (Weekday().Match(text) is { Success: true } weekday)
        {
            var target = Array.IndexOf(DayNames, weekday.Groups["day"].Value.ToLowerInvariant() switch { "jum'at" => "jumat", var name => name });
            var ahead = ((target - (int)today.DayOfWeek) + 7) % 7;
            if (weekday.Groups["next"].Success)
            {
                var toNextMonday = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
                if (toNextMonday == 0)
                    toNextMonday = 7;
                ahead = toNextMonday + (target + 6) % 7; // Monday 0 … Sunday 6
            }
            return new Located<DateOnly>(today.AddDays(ahead), weekday.Index, weekday.Length);
        }
        return null;
    }

    static int OffsetOf(string word) => word switch
    {
        "kemarin" or "wingi" => -1,
        "besok" or "sesuk" or "mbenjing" or "benjing" or "bsk" or "besuk" => 1,
        "lusa" or "sesuk lusa" => 2,
        _ => 0,
    };

    static DateOnly? Resolve(DateOnly today, int day, int month, int? year)
    {
        if (month is < 1 or > 12 || day < 1)
            return null;
        if (year is { } written)
            return day <= DateTime.DaysInMonth(written, month) ? new DateOnly(written, month, day) : null;
        for (var candidate = today.Year; candidate <= today.Year + 1; candidate++)
        {
            if (day <= DateTime.DaysInMonth(candidate, month) && new DateOnly(candidate, month, day) >= today)
                return new DateOnly(candidate, month, day);
        }
        return null;
    }

    static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    static int? Year(Match match)
    {
        if (!match.Groups["year"].Success)
            return null;
        var year = Number(match, "year");
        return year < 100 ? 2000 + year : year is >= 1900 and <= 2100 ? year : null;
    }

    [GeneratedRegex(@"(?<![\d.\-/])(?<day>[0-9]{1,2})[/\-](?<month>[0-9]{1,2})(?:[/\-](?<year>[0-9]{4}|[0-9]{2}))?(?![\d.\-/])")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<day>[0-9]{1,2})\s*(?<month>januari|jan|februari|pebruari|feb|maret|mar|april|apr|mei|juni|jun|juli|jul|agustus|agus|agt|agu|september|sept|sep|oktober|okt|november|nopember|nov|desember|des)(?!\p{L})\.?(?:\s*(?<year>[0-9]{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    [GeneratedRegex(@"(?<![\p{L}])(?:tanggal|tgl)\.?\s*(?<day>[0-9]{1,2})(?![\d/\-.])", RegexOptions.IgnoreCase)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"(?<![\p{L}])(?<word>hari\s+ini|kemarin|wingi|besok|besuk|bsk|sesuk|mbenjing|benjing|lusa)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<![\p{L}])(?<!\d\s{0,2})(?:hari\s+)?(?<day>senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)(?!\p{L})(?:\s+(?<next>depan|ngarep))?", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();
}
