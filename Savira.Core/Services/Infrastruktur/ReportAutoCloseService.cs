using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Savira.Core.Services.Infrastruktur;

/// <summary>
/// Closes reports the citizen did not answer after Selesai (SP4N-LAPOR!: closed when there is no reply within 10
/// working days). Savira has no way for a citizen to object to a Selesai, so "no reply" is the plain rule: a report
/// still at Selesai when the stage's deadline (<see cref="ReportDeskOptions.Deadlines"/>, working days, weekends and
/// the holiday calendar skipped) has passed is moved to Ditutup; asking "cek laporan" is not an objection. A citizen
/// who disagrees files a new report or asks for an officer (handoff). Runs a minute after start and then every
/// <see cref="ReportDeskOptions.AutoCloseEveryMinutes"/>, on city time (<see cref="TimeProvider"/>).
/// </summary>
public sealed partial class ReportAutoCloseService(IReportDesk desk, HolidayCalendar calendar, TimeProvider clock,
    IOptionsMonitor<ReportDeskOptions> options, ILogger<ReportAutoCloseService> logger) : BackgroundService
{
    static readonly TimeSpan FirstPassAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Passes are due at fixed times from the start, as the retention job's are.
        var due = clock.GetUtcNow() + FirstPassAfter;
        while (true)
        {
            try
            {
                var wait = due - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(false);
                var closed = await desk.CloseUnrepliedAsync(calendar.Days(), stoppingToken).ConfigureAwait(false);
                if (closed.Count > 0)
                    LogClosed(logger, closed.Count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) // the next pass tries again; the host goes on answering citizens
            {
                LogPassFailed(logger, exception);
            }
            var interval = TimeSpan.FromMinutes(Math.Max(1, options.CurrentValue.AutoCloseEveryMinutes));
            var now = clock.GetUtcNow();
            do
                due += interval;
            while (due <= now);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} report(s) left at Selesai past its deadline")]
    static partial void LogClosed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing reports past Selesai's deadline failed; the next pass will try again")]
    static partial void LogPassFailed(ILogger logger, Exception exception);
}

public static class ReportAutoClose
{
    /// <summary>The host's job that closes reports after Selesai; not part of the engine, so commands and the simulator run without it.</summary>
    public static IServiceCollection AddReportAutoClose(this IServiceCollection services) =>
        services.AddHostedService<ReportAutoCloseService>();
}
