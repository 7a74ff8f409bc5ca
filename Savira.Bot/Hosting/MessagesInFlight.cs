using Savira.Core;

namespace Savira.Bot.Hosting;

/// <summary>
/// Stopping (SIGTERM): Kestrel first stops listening and finishes the requests it took; this service, stopped after
/// it, then waits for messages still being processed whose caller hung up, so their replies are committed before
/// the database writer drains and closes. Bounded by the host's shutdown timeout (--shutdownTimeoutSeconds).
/// </summary>
public sealed class MessagesInFlight(Assistant assistant) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => assistant.DrainAsync(cancellationToken);
}
