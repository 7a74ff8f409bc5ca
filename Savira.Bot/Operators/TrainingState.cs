using Savira.Core.Understanding.Training;

namespace Savira.Bot.Operators;

/// <summary>What staff see of the matcher's model: when it went live, whether a rebuild runs or waits, what it learns from.</summary>
public sealed record TrainingState(int Generation, DateTimeOffset? TrainedAt, bool Running, int Waiting, int Examples, IReadOnlyDictionary<string, int> ExamplesByIntent)
{
    public static TrainingState Of(IntentModelTraining model, TrainingStore store)
    {
        var requested = model.Requested;
        var counts = store.ExampleCounts();
        return new TrainingState(model.Generation, model.TrainedAt, requested > 0, Math.Max(0, requested - 1), counts.Values.Sum(), counts);
    }
}
