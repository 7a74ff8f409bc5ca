using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Savira.Core;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Training;

namespace Savira.Benchmarks;

/// <summary>The real engine on a fresh SQLite file: migrated, seeded, and the intent model trained at start.</summary>
public sealed class TrainedMatcher : IDisposable
{
    readonly IHost host;
    readonly string folder = Path.Combine(Path.GetTempPath(), "savira-bench", Guid.NewGuid().ToString("N"));

    public TrainedMatcher()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Savira:Database:Path"] = Path.Combine(folder, "savira.db") });
        builder.Logging.ClearProviders();
        builder.Services.AddSaviraCore();
        host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
    }

    public IIntentMatcher Matcher => host.Services.GetRequiredService<IIntentMatcher>();
    public IntentModelTraining Training => host.Services.GetRequiredService<IntentModelTraining>();
    public IServiceProvider Services => host.Services;
    public IReadOnlyList<Savira.Core.Understanding.Classification.TrainingExample> Examples => host.Services.GetRequiredService<TrainingStore>().Examples();
    public IReadOnlyList<string> TrainingTexts => Examples.Select(example => example.Text).ToList();

    public void Dispose()
    {
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* left for the OS */ }
    }
}
