using Savira.Core.Understanding;
using Savira.Core.Understanding.Classification;

namespace Savira.Tests.Understanding;

public sealed class SoftmaxTrainerTests
{
    /// <summary>Twelve examples of three intents; each has two features of its own intent and one shared by all.</summary>
    static List<(FeatureVector Features, Intent Intent)> Examples()
    {
        Intent[] intents = [Intent.Pbb, Intent.Pkb, Intent.Pdam];
        return Enumerable.Range(0, 12)
            .Select(i => (new FeatureVector([100 * (i % 3) + 1 + i / 3, 100 * (i % 3) + 50, 999], [0.6f, 0.6f, 0.5f]), intents[i % 3]))
            .ToList();
    }

    static readonly FeatureVector Probe = new([1, 150, 999], [0.5f, 0.5f, 0.7f]);

    [Fact]
    public void TheModelDoesNotDependOnTheOrderTheExamplesComeIn()
    {
        var examples = Examples();
        var reversed = Enumerable.Reverse(examples).ToList();

        var model = SoftmaxTrainer.Train(examples);
        var fromReversed = SoftmaxTrainer.Train(reversed);

        Assert.Equal(model.Probabilities(Probe), fromReversed.Probabilities(Probe));
        Assert.Equal(model.Temperature, fromReversed.Temperature);
    }
}
