using Microsoft.Extensions.Hosting;

namespace Savira.Core.Understanding.Training;

/// <summary>Trains the first model while the host starts (after the migrations), so no citizen waits for it.</summary>
public sealed class IntentModelStartup(IntentModelTraining training) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => training.RetrainAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
