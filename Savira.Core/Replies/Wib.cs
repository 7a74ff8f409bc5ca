namespace Savira.Core.Replies;

/// <summary>Western Indonesian Time (Asia/Jakarta, UTC+7, no daylight saving): the city's clock, for days and hours citizens see.</summary>
public static class Wib
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public static DateTimeOffset ToWib(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>The calendar day in WIB at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToWib(now).DateTime);

    /// <summary>The moment <paramref name="day"/> at <paramref name="time"/> on the WIB clock.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
