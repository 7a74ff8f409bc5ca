using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Savira.Core.Services.Pbb;

public static class PbbServices
{
    /// <summary>The PBB handler, its records (local or remote, by <c>Savira:Pbb:Source</c>) and the penalty rule.</summary>
    public static IServiceCollection AddPbb(this IServiceCollection services)
    {
        services.AddOptions<PbbOptions>()
            .BindConfiguration(PbbOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => Validator.TryValidateObject(options.Penalty, new(options.Penalty), null, true), "Savira:Pbb:Penalty: MonthlyPercent must be 0–100 and MaxMonths 0–120.")
            .Validate(options => Validator.TryValidateObject(options.Remote, new(options.Remote), null, true), "Savira:Pbb:Remote: a timeout, retry or breaker value is out of range.")
            .Validate(options => options.Source != PbbSource.Remote || options.Remote.BaseUrl is { IsAbsoluteUri: true },
                "Savira:Pbb:Remote:BaseUrl must be an absolute URL when Savira:Pbb:Source is Remote.")
            .ValidateOnStart();

        services.AddSingleton<PbbPenaltyRule>();
        services.AddSingleton<SqlitePbbRecords>();
        services.AddSingleton<RemotePbbRecords>();
        services.AddSingleton<IPbbRecords>(provider =>
            provider.GetRequiredService<IOptions<PbbOptions>>().Value.Source == PbbSource.Remote
                ? provider.GetRequiredService<RemotePbbRecords>()
                : provider.GetRequiredService<SqlitePbbRecords>());

        services.AddHttpClient(RemotePbbRecords.ClientName, (provider, client) =>
            {
                var remote = provider.GetRequiredService<IOptions<PbbOptions>>().Value.Remote;
                if (remote.BaseUrl is { } baseUrl)
                    client.BaseAddress = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
                client.Timeout = TimeSpan.FromSeconds(remote.TotalTimeoutSeconds + 1); // the pipeline's total timeout fires first
                client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            })
            .AddResilienceHandler("pbb-remote", (pipeline, context) =>
            {
                var remote = context.ServiceProvider.GetRequiredService<IOptions<PbbOptions>>().Value.Remote;
                // Real time on purpose: network waits are measured on the wall clock, whatever clock the app reads.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline
                    .AddTimeout(TimeSpan.FromSeconds(remote.TotalTimeoutSeconds))
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = remote.Retries,
                        Delay = TimeSpan.FromMilliseconds(200),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = 0.5,
                        MinimumThroughput = remote.BreakerMinimumCalls,
                        SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, remote.AttemptTimeoutSeconds * 4)),
                        BreakDuration = TimeSpan.FromSeconds(remote.BreakSeconds),
                    })
                    .AddTimeout(TimeSpan.FromSeconds(remote.AttemptTimeoutSeconds));
            });

        services.AddSingleton<IServiceHandler, PbbHandler>();
        return services;
    }
}
