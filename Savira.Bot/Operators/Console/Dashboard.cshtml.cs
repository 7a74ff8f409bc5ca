using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Hosting.Telemetry;

namespace Savira.Bot.Operators.Console;

/// <summary>The figures an operator watches now: messages per minute, how many Savira did not understand, who waits for an officer, what failed to send.</summary>
public sealed class DashboardModel(LiveFigures figures) : PageModel
{
    public LiveFigures.Snapshot Figures { get; private set; } = null!;

    public long AnsweredLastHour => Figures.LastHour.Sum(minute => minute.Answered);

    public long NotUnderstoodLastHour => Figures.LastHour.Sum(minute => minute.NotUnderstood);

    /// <summary>Messages in the last five minutes, per minute: the rate that says "busy now".</summary>
    public double PerMinuteNow => Figures.LastHour.TakeLast(5).Average(minute => minute.Answered);

    public long Gauge(string name, string state = "") =>
        (long)Math.Round(Figures.Gauges.GetValueOrDefault(state.Length == 0 ? name : $"{name}|{state}"));

    public void OnGet() => Figures = figures.Read();
}
