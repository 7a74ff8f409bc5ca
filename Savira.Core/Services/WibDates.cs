using System.Globalization;

namespace Savira.Core.Services;

/// <summary>
/// Dates in Indonesian on Semarang's clock (WIB, Asia/Jakarta): "Senin, 30 November 2026".
/// A private stand-in for the shared Replies/IndonesianFormat, used by RSUD, reports, applications and handoff.
/// </summary>
internal static class WibDates
{
    public static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    static readonly string[] DayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    static readonly string[] MonthNames =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static DateTimeOffset ToWib(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Wib);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToWib(now).DateTime);

    public static string DayName(DayOfWeek day) => DayNames[(int)day];

    public static string Date(DateOnly date) =>
        $"{DayNames[(int)date.DayOfWeek]}, {date.Day.ToString(Indonesian)} {MonthNames[date.Month - 1]} {date.Year.ToString(Indonesian)}";

    /// <summary>"Senin, 30 November 2026 pukul 08.00 WIB".</summary>
    public static string DateTime(DateTimeOffset moment)
    {
        var local = ToWib(moment);
        return $"{Date(DateOnly.FromDateTime(local.DateTime))} pukul {Time(TimeOnly.FromDateTime(local.DateTime))} WIB";
    }

    /// <summary>"08.00", the Indonesian way of writing a time.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 in UTC: the way every timestamp is stored, so that they compare as text.</summary>
    public static string Stored(DateTimeOffset moment) => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseStored(string stored) => DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture);
}
