using System.Collections.Frozen;

namespace Savira.Core.Understanding.Classification;

/// <summary>
/// A trained multinomial logistic regression over hashed features, its scores divided by a temperature fitted
/// on held-out examples so that the softmax probabilities are calibrated. Immutable once built.
/// </summary>
public sealed class SoftmaxClassifier
{
    readonly FrozenDictionary<int, int> rowByFeature;
    readonly float[] weights; // row-major: feature row × class
    readonly float[] biases;

    internal SoftmaxClassifier(IReadOnlyList<Intent> classes, FrozenDictionary<int, int> rowByFeature, float[] weights, float[] biases, double temperature)
    {
        Classes = classes;
        this.rowByFeature = rowByFeature;
        this.weights = weights;
        this.biases = biases;
        Temperature = temperature;
    }

    public IReadOnlyList<Intent> Classes { get; }
    public double Temperature { get; }
    public int FeatureCount => rowByFeature.Count;

    /// <summary>Calibrated probabilities, one per class in <see cref="Classes"/> order.</summary>
    public double[] Probabilities(FeatureVector features) => Softmax(Scores(features), Temperature);

    internal double[] Scores(FeatureVector features)
    {
        var classCount = Classes.Count;
        var scores = new double[classCount];
        for (var k = 0; k < classCount; k++)
            scores[k] = biases[k];
        for (var i = 0; i < features.Ids.Length; i++)
        {
            if (!rowByFeature.TryGetValue(features.Ids[i], out var row))
                continue;
            var value = features.Values[i];
            var offset = row * classCount;
            for (var k = 0; k < classCount; k++)
                scores[k] += value * weights[offset + k];
        }
        return scores;
    }

    internal static double[] Softmax(double[] scores, double temperature)
    {
        var max = scores.Max();
        var probabilities = new double[scores.Length];
        var sum = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            probabilities[k] = Math.Exp((scores[k] - max) / temperature);
            sum += probabilities[k];
        }
        for (var k = 0; k < scores.Length; k++)
            probabilities[k] /= sum;
        return probabilities;
    }
}
