using Microsoft.Extensions.Diagnostics.HealthChecks;
using Savira.Core.Understanding.Training;

namespace Savira.Bot.Hosting;

/// <summary>Ready once the intent model has been trained from the database (startup trains it before listening).</summary>
public sealed class MatcherHealthCheck(IntentModelTraining training) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(training.TrainedAt is { } at
            ? HealthCheckResult.Healthy($"trained at {at:O}, model {training.Generation}")
            : HealthCheckResult.Unhealthy("The intent model is not trained yet."));
}
