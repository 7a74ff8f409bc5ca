using Microsoft.Extensions.Hosting;

namespace Savira.Core.Understanding.Training;

/// <summary>
/// Trains the first model while the rest of the host starts (after the migrations): training takes about a second of
/// one core, and the web server can start listening on the other meanwhile. The host counts as started (for systemd,
/// for <c>ApplicationStarted</c>) only once the model is live; a message that arrives before waits for it, and a
/// training that fails stops the host as it did when it ran first.
/// </summary>
public sealed class IntentModelStartup(IntentModelTraining training) : IHostedLifecycleService
{
    Task first = Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        first = training.RetrainAsync(cancellationToken);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => first.WaitAsync(cancellationToken);

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
