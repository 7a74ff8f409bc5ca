using System.Globalization;

namespace Savira.Core.Services.Rsud;

/// <summary>The day a citizen asks about: a date ("kamis" is the coming Thursday, today included) or the whole week.</summary>
public sealed record RequestedDay(DateOnly? Date)
{
    const string WeekSlot = "week";

    public bool IsWholeWeek => Date is null;

    static readonly (string Word, DayOfWeek Day)[] DayWords =
    [
        ("senin", DayOfWeek.Monday), ("selasa", DayOfWeek.Tuesday), ("rabu", DayOfWeek.Wednesday), ("kamis", DayOfWeek.Thursday),
        ("jumat", DayOfWeek.Friday), ("sabtu", DayOfWeek.Saturday), ("minggu", DayOfWeek.Sunday), ("ahad", DayOfWeek.Sunday),
    ];

    /// <summary>The day a request names: the whole week ("hari apa saja"), or the date the matcher read.</summary>
    public static RequestedDay? Of(Turn turn)
    {
        var padded = Faq.SimpleTextNormalizer.Padded(turn.Message.Text);
        if (WholeWeek(padded))
            return new RequestedDay((DateOnly?)null);
        return turn.Understanding.Day is { } day ? new RequestedDay(day) : null;
    }

    static readonly string[] WeekWords = ["seminggu", "minggu ini", "sepekan", "semua", "semua hari", "tiap hari", "setiap hari", "hari apa"];

    static bool WholeWeek(string padded) => WeekWords.Any(phrase => padded.Contains($" {phrase} ", StringComparison.Ordinal));

    /// <summary>The day named in <paramref name="text"/>, relative to <paramref name="today"/> in WIB; null when none is.</summary>
    public static RequestedDay? Find(string text, DateOnly today)
    {
        var padded = Faq.SimpleTextNormalizer.Padded(text);
        bool Has(string phrase) => padded.Contains($" {phrase} ", StringComparison.Ordinal);

        if (WholeWeek(padded))
            return new RequestedDay((DateOnly?)null);
        if (Has("hari ini") || Has("sekarang") || Has("skrg"))
            return new RequestedDay(today);
        if (Has("lusa"))
            return new RequestedDay(today.AddDays(2));
        if (Has("besok") || Has("besuk") || Has("bsk"))
            return new RequestedDay(today.AddDays(1));
        foreach (var (word, day) in DayWords)
        {
            if (Has(word))
                return new RequestedDay(today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7));
        }
        return null;
    }

    public string ToSlot() => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? WeekSlot;

    public static RequestedDay FromSlot(string slot) =>
        new(slot == WeekSlot ? null : DateOnly.ParseExact(slot, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
