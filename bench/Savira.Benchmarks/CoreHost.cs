using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Savira.Core;
using Savira.Core.Data;

namespace Savira.Benchmarks;

/// <summary>Savira.Core's services on a fresh, migrated SQLite file in a temp folder, deleted on dispose.</summary>
public sealed class CoreHost : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "savira-bench", Guid.NewGuid().ToString("N"));
    readonly IHost host;

    public CoreHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Savira:Database:Path"] = Path.Combine(folder, "savira.db") });
        builder.Logging.ClearProviders();
        builder.Services.AddSaviraCore();
        host = builder.Build();
        host.Services.GetRequiredService<DatabaseMigrator>().Migrate();
    }

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    public void Dispose()
    {
        Get<DatabaseWriter>().DisposeAsync().AsTask().GetAwaiter().GetResult();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
