using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Savira.Core.Services.Pdam;
using Savira.Core.Understanding.Classification;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Understanding.Training;

/// <summary>
/// Owns the live <see cref="IntentModel"/>. Training reads the examples, lexicon and names from the database and
/// builds a complete new model off to the side; only then is the reference swapped, atomically, so a message
/// in flight keeps the model it started with and never sees a half-built one. Retrainings run one at a time,
/// and each reads the database after it starts, so the last change is always in the model that follows it.
/// </summary>
public sealed partial class IntentModelTraining(
    TrainingStore store, IEnumerable<INamedPlaceSource> placeSources, IOptionsMonitor<PdamOptions> pdam, TimeProvider clock, ILogger<IntentModelTraining> logger)
    : IDisposable
{
    readonly SemaphoreSlim oneAtATime = new(1, 1);
    IntentModel? current;
    int generation;
    int requested;
    long trainedAtTicks;

    /// <summary>The live model; trained on first use if startup has not trained one yet.</summary>
    public IntentModel Current => Volatile.Read(ref current) ?? TrainFirst();

    /// <summary>How many models have gone live since the process started.</summary>
    public int Generation => Volatile.Read(ref generation);

    /// <summary>When the live model went live, or null before the first.</summary>
    public DateTimeOffset? TrainedAt => Interlocked.Read(ref trainedAtTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Retrainings asked for that have not finished yet: one running, maybe more waiting their turn.</summary>
    public int Requested => Volatile.Read(ref requested);

    /// <summary>Builds a model from the database as it is now and makes it live; the old one stays live if this fails.</summary>
    public async Task<IntentModel> RetrainAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref requested);
        try
        {
            await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await Task.Run(Swap, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                oneAtATime.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref requested);
        }
    }

    /// <summary>The change signal: examples, lexicon or names changed. Retrains in the background.</summary>
    public void RequestRetrain() => _ = RetrainInBackgroundAsync();

    async Task RetrainInBackgroundAsync()
    {
        try
        {
            await RetrainAsync().ConfigureAwait(false);
        }
        catch (Exception exception) // the live model keeps serving; operators see the log
        {
            LogRetrainFailed(logger, exception);
        }
    }

    IntentModel TrainFirst()
    {
        oneAtATime.Wait();
        try
        {
            return Volatile.Read(ref current) ?? Swap();
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    IntentModel Swap()
    {
        // The PDAM service's own setting: the matcher finds exactly the customer numbers the service looks up.
        var model = IntentModelBuilder.Build(
            store.Examples(), store.LexiconEntries(), placeSources.SelectMany(source => source.Load()), pdam.CurrentValue.CustomerNumberLength);
        Interlocked.Exchange(ref current, model);
        Interlocked.Exchange(ref trainedAtTicks, clock.GetUtcNow().UtcTicks);
        var live = Interlocked.Increment(ref generation);
        LogTrained(logger, live, model.ExampleCount, model.FeatureCount, model.TrainingTime.TotalMilliseconds);
        GiveTrainingMemoryBack();
        return model;
    }

    /// <summary>
    /// Training allocates tens of megabytes once (two models' weights and their gradients, every example's features),
    /// most of it on the large-object heap, which is not compacted by itself: the host kept ~30 MB committed for nothing
    /// (168 MB resident after start instead of 136). One blocking compaction per training (rare: at start and after an
    /// edit to the knowledge) gives it back to the system.
    /// </summary>
    static void GiveTrainingMemoryBack() => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    public void Dispose() => oneAtATime.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Intent model {Generation} is live: {Examples} examples, {Features} features, trained in {Milliseconds:F0} ms")]
    static partial void LogTrained(ILogger logger, int generation, int examples, int features, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retraining the intent model failed; the previous model stays live")]
    static partial void LogRetrainFailed(ILogger logger, Exception exception);
}
