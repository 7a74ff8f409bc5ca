using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Savira.Core.Understanding.Classification;

/// <summary>
/// Trains a <see cref="SoftmaxClassifier"/>: AdaGrad on the cross-entropy with L2 regularisation, a fixed
/// seed so the same examples always give the same model. Calibration: a first model is trained on four fifths
/// of the examples, the temperature that best predicts the last fifth (lowest log loss) is kept, and the
/// final model is trained on all examples. Each example's gradient is weighted by the square root of the mean class
/// size over its class's size, so that a class with many examples (out_of_scope gathers every kind of off-topic
/// text) does not pull the messages the others share little vocabulary with (English, very short) towards itself.
/// </summary>
public static class SoftmaxTrainer
{
    const int Epochs = 30;
    const double LearningRate = 0.5;
    const double L2 = 1e-5;
    const int Seed = 20261126;
    const double NegligibleError = 1e-3;

    public static SoftmaxClassifier Train(IReadOnlyList<(FeatureVector Features, Intent Intent)> examples)
    {
        var classes = examples.Select(example => example.Intent).Distinct().Order().ToArray();
        var shuffled = examples.ToArray();
        new Random(Seed).Shuffle(shuffled);
        var heldOut = shuffled.Where((_, index) => index % 5 == 4).ToArray();
        var temperature = 1.0;
        if (heldOut.Length >= classes.Length)
        {
            var calibration = Fit(shuffled.Where((_, index) => index % 5 != 4).ToArray(), classes, 1.0);
            temperature = BestTemperature(calibration, heldOut);
        }
        return Fit(shuffled, classes, temperature);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once at startup: tiered JIT would leave it unoptimised
    static SoftmaxClassifier Fit((FeatureVector Features, Intent Intent)[] examples, Intent[] classes, double temperature)
    {
        var classCount = classes.Length;
        var classIndex = classes.Select((intent, index) => (intent, index)).ToDictionary(pair => pair.intent, pair => pair.index);
        var rowByFeature = new Dictionary<int, int>();
        foreach (var (features, _) in examples)
        {
            foreach (var id in features.Ids)
                rowByFeature.TryAdd(id, rowByFeature.Count);
        }

        var weights = new float[rowByFeature.Count * classCount];
        var squaredGradients = new float[weights.Length];
        var biases = new float[classCount];
        var biasSquaredGradients = new float[classCount];
        var rows = examples.Select(example => example.Features.Ids.Select(id => rowByFeature[id]).ToArray()).ToArray();
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var random = new Random(Seed);
        var scores = new double[classCount];
        var classSizes = new int[classCount];
        foreach (var (_, intent) in examples)
            classSizes[classIndex[intent]]++;
        var meanSize = (double)examples.Length / classCount;
        var classWeights = classSizes.Select(size => size == 0 ? 1 : Math.Min(1.5, Math.Sqrt(meanSize / size))).ToArray();

        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (features, intent) = examples[e];
                var exampleRows = rows[e];
                for (var k = 0; k < classCount; k++)
                    scores[k] = biases[k];
                for (var i = 0; i < exampleRows.Length; i++)
                {
                    var offset = exampleRows[i] * classCount;
                    for (var k = 0; k < classCount; k++)
                        scores[k] += features.Values[i] * weights[offset + k];
                }
                var probabilities = SoftmaxClassifier.Softmax(scores, 1.0);
                var target = classIndex[intent];
                var exampleWeight = classWeights[target];
                for (var k = 0; k < classCount; k++)
                {
                    var error = exampleWeight * (probabilities[k] - (k == target ? 1 : 0));
                    if (Math.Abs(error) < NegligibleError)
                        continue; // this class is already right for this example; skipping it makes training several times faster
                    biasSquaredGradients[k] += (float)(error * error);
                    biases[k] -= (float)(LearningRate * error / Math.Sqrt(biasSquaredGradients[k] + 1e-8));
                    for (var i = 0; i < exampleRows.Length; i++)
                    {
                        var index = exampleRows[i] * classCount + k;
                        var gradient = error * features.Values[i] + L2 * weights[index];
                        squaredGradients[index] += (float)(gradient * gradient);
                        weights[index] -= (float)(LearningRate * gradient / Math.Sqrt(squaredGradients[index] + 1e-8));
                    }
                }
            }
        }
        return new SoftmaxClassifier(classes, rowByFeature.ToFrozenDictionary(), weights, biases, temperature);
    }

    /// <summary>Golden-section search for the temperature with the lowest log loss on the held-out examples.</summary>
    static double BestTemperature(SoftmaxClassifier model, (FeatureVector Features, Intent Intent)[] heldOut)
    {
        var scored = heldOut.Select(example => (Scores: model.Scores(example.Features), Target: IndexOf(model.Classes, example.Intent))).ToArray();
        double LogLoss(double temperature) =>
            -scored.Sum(example => Math.Log(Math.Max(1e-12, SoftmaxClassifier.Softmax(example.Scores, temperature)[example.Target])));

        double low = 0.2, high = 5.0;
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var step = 0; step < 40; step++)
        {
            var a = high - ratio * (high - low);
            var b = low + ratio * (high - low);
            if (LogLoss(a) < LogLoss(b))
                high = b;
            else
                low = a;
        }
        return (low + high) / 2;
    }

    static int IndexOf(IReadOnlyList<Intent> classes, Intent intent)
    {
        for (var k = 0; k < classes.Count; k++)
        {
            if (classes[k] == intent)
                return k;
        }
        throw new ArgumentException($"No class {intent} in the model.", nameof(intent));
    }
}
