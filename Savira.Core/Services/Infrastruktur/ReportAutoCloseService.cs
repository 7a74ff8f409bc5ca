using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using Savira.Core.Scheduling;

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
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        FixedTimePasses.RunAsync(clock, () => TimeSpan.FromMinutes(Math.Max(1, options.CurrentValue.AutoCloseEveryMinutes)), async cancellationToken =>
        {
            var closed = await desk.CloseUnrepliedAsync(calendar.Days(), cancellationToken).ConfigureAwait(false);
            if (closed.Count > 0)
                LogClosed(logger, closed.Count);
        }, exception => LogPassFailed(logger, exception), stoppingToken);

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
