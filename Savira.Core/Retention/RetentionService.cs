using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using Savira.Core.Scheduling;

namespace Savira.Core.Retention;

/// <summary>Runs the <see cref="RetentionJob"/> a minute after start and then every <see cref="RetentionOptions.IntervalMinutes"/>.</summary>
public sealed partial class RetentionService(RetentionJob job, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }
        var interval = TimeSpan.FromMinutes(options.Value.IntervalMinutes);
        await FixedTimePasses.RunAsync(clock, () => interval, job.RunAsync, exception => LogPassFailed(logger, exception), stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention is switched off (Savira:Retention:Enabled = false): nothing is ever deleted")]
    static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A retention pass failed; the next one will try again")]
    static partial void LogPassFailed(ILogger logger, Exception exception);
}

public static class RetentionServices
{
    /// <summary>The retention periods, the job that applies them, its schedule and the record of purges.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RetentionJob>();
        services.AddSingleton<RetentionPurges>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
