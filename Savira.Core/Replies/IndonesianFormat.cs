using System.Globalization;

namespace Savira.Core.Replies;

/// <summary>
/// Money and dates as citizens read them: "Rp1.234.567", "Senin, 30 November 2026", "… pukul 14.05 WIB".
/// Names are written out here rather than taken from the "id-ID" culture, so the text is the same on
/// every machine, with or without ICU data.
/// </summary>
public static class IndonesianFormat
{
    /// <summary>Western Indonesia Time, UTC+7 all year (no daylight saving).</summary>
    static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    static readonly string[] Days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    /// <summary>"Rp1.234.567"; a negative amount is written "-Rp1.234.567".</summary>
    public static string Rupiah(long amount)
    {
        var digits = Math.Abs(amount).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
        return (amount < 0 ? "-Rp" : "Rp") + digits;
    }

    /// <summary>"Senin, 30 November 2026"</summary>
    public static string Date(DateOnly date) =>
        $"{Days[(int)date.DayOfWeek]}, {date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>"Senin, 30 November 2026 pukul 08.00 WIB", whatever the offset of <paramref name="moment"/>.</summary>
    public static string DateTime(DateTimeOffset moment)
    {
        var wib = moment.ToOffset(Wib);
        return $"{Date(DateOnly.FromDateTime(wib.DateTime))} pukul {wib.Hour:00}.{wib.Minute:00} WIB";
    }
}
