using Microsoft.Data.Sqlite;
using Savira.Core;
using Savira.Core.Data;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Bot.Operators.Simulator;

/// <summary>
/// The real conversation engine (<see cref="Assistant"/> with every handler, as <see cref="SaviraCore.AddSaviraCore"/>
/// wires it for the webhook) on a throwaway database: migrated like the live one and filled with the live tables the
/// engine answers from (<see cref="SandboxTables"/>), not with citizens' conversations or staff records; optionally with
/// a change of the knowledge applied in the copy only.
/// <para>
/// Why a copy and not a "simulated" sender prefix in the live file: every store the engine writes (the journal,
/// sessions, handoffs, the outbox, puskesmas queues, reports, unanswered messages) would have to learn to skip such a
/// sender, and one forgotten store would show a test in the officers' inbox or push a message. In a copy nothing can
/// reach a citizen or an officer: no outbox sender or Twilio client runs on it, and it is deleted afterwards. The
/// drafts can be tried by publishing them in the copy with the store's own <see cref="FaqStore.PublishAsync"/>, so the
/// retriever indexes exactly what a real publish would give it. The one thing shared with the live host is the
/// trained intent model (it is built from training examples, not knowledge, and training a second one takes seconds).
/// </para>
/// </summary>
public sealed class KnowledgeSandbox : IAsyncDisposable
{
    readonly ServiceProvider services;
    readonly string folder;

    KnowledgeSandbox(ServiceProvider services, string folder)
    {
        this.services = services;
        this.folder = folder;
        Assistant = services.GetRequiredService<Assistant>();
        Matcher = services.GetRequiredService<IIntentMatcher>();
        Knowledge = services.GetRequiredService<FaqStore>();
        Database = services.GetRequiredService<Database>();
    }

    public Assistant Assistant { get; }
    public IIntentMatcher Matcher { get; }
    public FaqStore Knowledge { get; }
    public Database Database { get; }

    /// <summary>
    /// A copy of <paramref name="live"/> with <paramref name="change"/> applied (none when null): the knowledge as it
    /// would be after it.
    /// </summary>
    public static async Task<KnowledgeSandbox> CreateAsync(IServiceProvider live, Regression.KnowledgeChange? change, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "savira-simulator", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, "savira.db");

        var configuration = new ConfigurationBuilder()
            .AddConfiguration(live.GetRequiredService<IConfiguration>())
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{DatabaseOptions.Section}:Path"] = copy })
            .Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddSingleton(live.GetRequiredService<IHostEnvironment>());
        collection.AddSingleton(live.GetRequiredService<TimeProvider>());
        collection.AddSaviraCore();
        // Registered after the engine's own, so these win: the live log and the live model (hosted services never start here).
        collection.AddSingleton(live.GetRequiredService<ILoggerFactory>());
        collection.AddSingleton(live.GetRequiredService<Savira.Core.Understanding.Training.IntentModelTraining>());
        var sandbox = new KnowledgeSandbox(collection.BuildServiceProvider(), folder);
        try
        {
            sandbox.services.GetRequiredService<DatabaseMigrator>().Migrate();
            await Task.Run(() =>
            {
                using var connection = sandbox.Database.Open();
                SandboxTables.Fill(connection, live.GetRequiredService<Database>().FilePath);
            }, cancellationToken);
            if (change is not null)
                await change.ApplyAsync(sandbox.Knowledge, cancellationToken);
            return sandbox;
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        var connection = Database.ConnectionString;
        await services.DisposeAsync();
        using (var pooled = new SqliteConnection(connection))
            SqliteConnection.ClearPool(pooled);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a temp copy: the OS cleans it up otherwise
        }
    }
}
