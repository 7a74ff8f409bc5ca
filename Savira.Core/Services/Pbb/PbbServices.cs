using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

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
            .Validate(options => options.Remote.HedgeAfterSeconds < options.Remote.TotalTimeoutSeconds,
                "Savira:Pbb:Remote:HedgeAfterSeconds must be less than Savira:Pbb:Remote:TotalTimeoutSeconds.")
            .Validate(options => options.Remote.AttemptTimeoutSeconds is null,
                "Savira:Pbb:Remote:AttemptTimeoutSeconds is no longer read: every request may use the time left of TotalTimeoutSeconds, "
                + "and Savira:Pbb:Remote:HedgeAfterSeconds says when a second request is sent beside a slow one. Remove the key.")
            .ValidateOnStart();

        services.AddSingleton<PbbPenaltyRule>();
        services.AddSingleton<SqlitePbbRecords>();
        services.AddSingleton<RemotePbbRecords>();
        services.AddSingleton<IPbbRecords>(provider =>
            provider.GetRequiredService<IOptions<PbbOptions>>().Value.Source == PbbSource.Remote
                ? provider.GetRequiredService<RemotePbbRecords>()
                : provider.GetRequiredService<SqlitePbbRecords>());

        var remoteClient = services.AddHttpClient(RemotePbbRecords.ClientName, (provider, client) =>
            {
                var remote = provider.GetRequiredService<IOptions<PbbOptions>>().Value.Remote;
                if (remote.BaseUrl is { } baseUrl)
                    client.BaseAddress = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
                client.Timeout = TimeSpan.FromSeconds(remote.TotalTimeoutSeconds + 1); // the pipeline's deadline comes first
                client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            });
        remoteClient.AddResilienceHandler("pbb-remote", (pipeline, context) =>
            {
                var remote = context.ServiceProvider.GetRequiredService<IOptions<PbbOptions>>().Value.Remote;
                var total = TimeSpan.FromSeconds(remote.TotalTimeoutSeconds);
                // Real time on purpose: network waits are measured on the wall clock, whatever clock the app reads.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline
                    .AddTimeout(new TimeoutStrategyOptions { TimeoutGenerator = args => LookupDeadline.Start(args.Context, total, TimeProvider.System) })
                    .AddHedging(new HttpHedgingStrategyOptions
                    {
                        MaxHedgedAttempts = remote.Retries,
                        Delay = TimeSpan.FromSeconds(remote.HedgeAfterSeconds),
                        ActionGenerator = args =>
                        {
                            // Each request its own message: one message must not be sent twice at once.
                            if (args.PrimaryContext.GetRequestMessage() is { } primary)
                                args.ActionContext.SetRequestMessage(LookupDeadline.Copy(primary));
                            return () => args.Callback(args.ActionContext);
                        },
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = 0.5,
                        MinimumThroughput = remote.BreakerMinimumCalls,
                        SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, remote.TotalTimeoutSeconds * 4)),
                        BreakDuration = TimeSpan.FromSeconds(remote.BreakSeconds),
                    })
                    // Each request may use the time left, so a slow but healthy endpoint still answers; it is cut just
                    // before the deadline, so the breaker counts the cut (a request cancelled because another answered is not counted).
                    .AddTimeout(new TimeoutStrategyOptions { TimeoutGenerator = args => LookupDeadline.TimeLeft(args.Context, total, TimeProvider.System) });
            });
        // Added after the pipeline, so inside it: the body is read within each request's time, and a body that trickles is a failure.
        remoteClient.AddHttpMessageHandler(provider => new BufferedBodyHandler(provider.GetRequiredService<IOptions<PbbOptions>>().Value.Remote.MaxBodyBytes));

        services.AddSingleton<IServiceHandler, PbbHandler>();
        return services;
    }
}
