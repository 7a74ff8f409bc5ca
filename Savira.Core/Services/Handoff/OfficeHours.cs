using System.Globalization;
using System.Text;
using Savira.Core.Replies;

namespace Savira.Core.Services.Handoff;

/// <summary>When officers answer chats, on Semarang's clock.</summary>
public static class OfficeHours
{
    public static bool IsOpen(HandoffOptions options, DateTimeOffset now)
    {
        var local = Wib.ToWib(now);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return options.Days.Contains(local.DayOfWeek) && time >= options.OfficeOpens && time < options.OfficeCloses;
    }

    /// <summary>The next moment officers start answering, after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextOpening(HandoffOptions options, DateTimeOffset now)
    {
        var local = Wib.ToWib(now);
        for (var days = 0; days <= 7; days++)
        {
            var date = DateOnly.FromDateTime(local.DateTime).AddDays(days);
            var opening = new DateTimeOffset(date.ToDateTime(options.OfficeOpens), local.Offset);
            if (options.Days.Contains(date.DayOfWeek) && opening > now)
                return opening;
        }
        return now;
    }

    /// <summary>"Senin–Jumat, 08.00–16.00 WIB", or the days listed when they are not a run.</summary>
    public static string Describe(HandoffOptions options)
    {
        var days = options.Days.Distinct().OrderBy(day => ((int)day + 6) % 7).ToList();
        var isRun = days.Count > 2 && days.Zip(days.Skip(1), (a, b) => ((int)b + 6) % 7 - ((int)a + 6) % 7).All(step => step == 1);
        var text = new StringBuilder(isRun
            ? $"{IndonesianFormat.DayName(days[0])}–{IndonesianFormat.DayName(days[^1])}"
            : string.Join(", ", days.Select(IndonesianFormat.DayName)));
        text.Append(CultureInfo.InvariantCulture, $", {IndonesianFormat.Time(options.OfficeOpens)}–{IndonesianFormat.Time(options.OfficeCloses)} WIB");
        return text.ToString();
    }
}
