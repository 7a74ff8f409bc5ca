using System.Globalization;

namespace Savira.Core.Replies;

/// <summary>
/// Money and dates as citizens read them: "Rp1.234.567", "Senin, 30 November 2026", "… pukul 14.05 WIB".
/// Names are written out here rather than taken from the "id-ID" culture, so the text is the same on
/// every machine, with or without ICU data.
/// </summary>
public static class IndonesianFormat
{
    static readonly string[] Days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    /// <summary>"Rp1.234.567"; a negative amount is written "-Rp1.234.567".</summary>
    public static string Rupiah(long amount)
    {
        var digits = Math.Abs(amount).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
        return (amount < 0 ? "-Rp" : "Rp") + digits;
    }

    /// <summary>"Senin"</summary>
    public static string DayName(DayOfWeek day) => Days[(int)day];

    /// <summary>"November"; <paramref name="month"/> runs from 1 to 12.</summary>
    public static string MonthName(int month) => Months[month - 1];

    /// <summary>"Senin, 30 November 2026"</summary>
    public static string Date(DateOnly date) =>
        $"{Days[(int)date.DayOfWeek]}, {date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>"Senin, 30 November 2026 pukul 08.00 WIB", whatever the offset of <paramref name="moment"/>.</summary>
    public static string DateTime(DateTimeOffset moment)
    {
        var wib = Wib.ToWib(moment);
        return $"{Date(DateOnly.FromDateTime(wib.DateTime))} pukul {Time(TimeOnly.FromDateTime(wib.DateTime))} WIB";
    }

    /// <summary>"08.00", the Indonesian way of writing a time of day.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH'.'mm", CultureInfo.InvariantCulture);
}
