using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Savira.Bot.Channels.Twilio;

namespace Savira.Bot.Hosting;

/// <summary>
/// The outbox sender's loop came round recently (it wakes at least every PollSeconds). Switched off by configuration it
/// is "degraded": the bot answers, but nothing is pushed over WhatsApp (the quick start without Twilio credentials).
/// </summary>
public sealed class OutboxSenderHealthCheck(OutboxSenderHeartbeat heartbeat, IOptions<OutboxSenderOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (heartbeat.Off)
            return Task.FromResult(HealthCheckResult.Degraded("off: no Twilio credentials or sender number, so nothing is pushed over WhatsApp"));
        var late = TimeSpan.FromSeconds(Math.Max(60, 3 * options.Value.PollSeconds));
        return Task.FromResult(heartbeat.LastBeatAt switch
        {
            null => HealthCheckResult.Unhealthy("The outbox sender has not started."),
            var at when clock.GetUtcNow() - at > late => HealthCheckResult.Unhealthy($"The outbox sender's loop last ran at {at:O}."),
            var at => HealthCheckResult.Healthy($"running, last round at {at:O}"),
        });
    }
}
