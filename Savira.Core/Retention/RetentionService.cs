using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Savira.Core.Retention;

/// <summary>Runs the <see cref="RetentionJob"/> a minute after start and then every <see cref="RetentionOptions.IntervalMinutes"/>.</summary>
public sealed partial class RetentionService(RetentionJob job, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionService> logger)
    : BackgroundService
{
    static readonly TimeSpan FirstPassAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        // Passes are due at fixed times from the start, so a slow pass does not push the later ones back.
        var interval = TimeSpan.FromMinutes(options.Value.IntervalMinutes);
        var due = clock.GetUtcNow() + FirstPassAfter;
        while (true)
        {
            try
            {
                var wait = due - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(false);
                await job.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) // the next pass tries again; the host goes on answering citizens
            {
                LogPassFailed(logger, exception);
            }
            var now = clock.GetUtcNow();
            do
                due += interval;
            while (due <= now);
        }
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
