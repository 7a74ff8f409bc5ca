using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Savira.Core.Understanding.Classification;

/// <summary>
/// Trains a <see cref="SoftmaxClassifier"/>: AdaGrad on the cross-entropy with L2 regularisation. The order of the
/// examples in each epoch, and the fifth held out for calibration, come from a hash of each example's own features,
/// so the same examples always give the same model, and adding or removing one leaves the others' order as it was
/// (a shuffle of the whole list reordered everything, and one new example moved unrelated sentences). Calibration:
/// a first model is trained on four fifths of the examples, the temperature that best predicts the last fifth (lowest
/// log loss) is kept, and the final model is trained on all examples. Each example's gradient is weighted by the
/// square root of the mean class size over its class's size, so that a class with many examples (out_of_scope
/// gathers every kind of off-topic text) does not pull the messages the others share little vocabulary with
/// (English, very short) towards itself.
/// </summary>
public static class SoftmaxTrainer
{
    const int Epochs = 30;
    const double LearningRate = 0.5;
    const double L2 = 1e-5;
    const ulong Seed = 20261126;
    const double NegligibleError = 1e-3;

    public static SoftmaxClassifier Train(IReadOnlyList<(FeatureVector Features, Intent Intent)> examples)
    {
        var classes = examples.Select(example => example.Intent).Distinct().Order().ToArray();
        var all = examples.ToArray();
        var heldOut = all.Where(example => Key(example, round: -1) % 5 == 4).ToArray();
        var temperature = 1.0;
        if (heldOut.Length >= classes.Length)
        {
            var calibration = Fit(all.Where(example => Key(example, round: -1) % 5 != 4).ToArray(), classes, 1.0);
            temperature = BestTemperature(calibration, heldOut);
        }
        return Fit(all, classes, temperature);
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
        var keys = new ulong[examples.Length];
        var scores = new double[classCount];
        var classSizes = new int[classCount];
        foreach (var (_, intent) in examples)
            classSizes[classIndex[intent]]++;
        var meanSize = (double)examples.Length / classCount;
        var classWeights = classSizes.Select(size => size == 0 ? 1 : Math.Min(1.5, Math.Sqrt(meanSize / size))).ToArray();

        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            for (var e = 0; e < examples.Length; e++)
                keys[e] = Key(examples[e], epoch);
            Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
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

    /// <summary>
    /// A pseudo-random number of the example's features and intent and the round (an epoch, or -1 for the held-out
    /// fifth): FNV-1a over them, finished with SplitMix64's mixer so that the rounds' orders are unrelated.
    /// </summary>
    static ulong Key((FeatureVector Features, Intent Intent) example, int round)
    {
        var hash = 14695981039346656037UL;
        foreach (var id in example.Features.Ids)
            hash = (hash ^ (uint)id) * 1099511628211UL;
        hash = (hash ^ (uint)example.Intent) * 1099511628211UL;
        hash ^= (ulong)(uint)round * 0x9E3779B97F4A7C15UL + Seed;
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
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
