namespace Savira.Core.Services.Infrastruktur;

/// <summary>Days on which the city's offices work: Monday to Friday, except the holidays of the calendar.</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day, IReadOnlySet<DateOnly> holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The day <paramref name="count"/> working days after <paramref name="start"/> (the start itself not counted).</summary>
    public static DateOnly Add(DateOnly start, int count, IReadOnlySet<DateOnly> holidays)
    {
        var day = start;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, holidays))
                left--;
        }
        return day;
    }
}
