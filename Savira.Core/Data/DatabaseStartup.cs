using Microsoft.Extensions.Hosting;

namespace Savira.Core.Data;

/// <summary>Migrates the database before anything else of the host starts: no message is taken on an old schema.</summary>
public sealed class DatabaseStartup(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        migrator.Migrate();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
