using Savira.Core.Replies;

namespace Savira.Core.Services.Puskesmas;

/// <summary>A puskesmas' registration hours over the week, and which day a number taken now is for.</summary>
public sealed class OpeningSchedule(IReadOnlyList<OpeningHours> hours)
{
    public IReadOnlyList<OpeningHours> Hours => hours;

    public OpeningHours? On(DateOnly day) => hours.FirstOrDefault(h => h.Weekday == IsoWeekday(day));

    /// <summary>True when a number for today can still be taken: open today and registration not yet closed.</summary>
    public bool TakesNumbersToday(DateTimeOffset now)
    {
        var today = Wib.Today(now);
        return On(today) is { } open && TimeOnly.FromDateTime(Wib.ToWib(now).DateTime) < open.ClosesAt;
    }

    /// <summary>The first opening day strictly after <paramref name="day"/>, or null when the puskesmas never opens.</summary>
    public DateOnly? NextOpenDayAfter(DateOnly day)
    {
        for (var next = day.AddDays(1); next <= day.AddDays(14); next = next.AddDays(1))
        {
            if (On(next) is not null)
                return next;
        }
        return null;
    }

    static int IsoWeekday(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
}
