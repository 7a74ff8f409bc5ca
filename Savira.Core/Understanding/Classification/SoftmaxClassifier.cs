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
    public double[] Probabilities(FeatureVector features)
    {
        var probabilities = new double[Classes.Count];
        Probabilities(features.Ids, features.Values, probabilities);
        return probabilities;
    }

    /// <summary>Writes the calibrated probabilities of the features (ids ascending) into <paramref name="probabilities"/>.</summary>
    internal void Probabilities(ReadOnlySpan<int> ids, ReadOnlySpan<float> values, Span<double> probabilities)
    {
        Scores(ids, values, probabilities);
        Softmax(probabilities, Temperature, probabilities);
    }

    internal double[] Scores(FeatureVector features)
    {
        var scores = new double[Classes.Count];
        Scores(features.Ids, features.Values, scores);
        return scores;
    }

    void Scores(ReadOnlySpan<int> ids, ReadOnlySpan<float> values, Span<double> scores)
    {
        var classCount = Classes.Count;
        for (var k = 0; k < classCount; k++)
            scores[k] = biases[k];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!rowByFeature.TryGetValue(ids[i], out var row))
                continue;
            var value = values[i];
            var offset = row * classCount;
            for (var k = 0; k < classCount; k++)
                scores[k] += value * weights[offset + k];
        }
    }

    internal static double[] Softmax(double[] scores, double temperature)
    {
        var probabilities = new double[scores.Length];
        Softmax(scores, temperature, probabilities);
        return probabilities;
    }

    /// <summary>Softmax of <paramref name="scores"/> over <paramref name="temperature"/>; the two spans may be the same.</summary>
    static void Softmax(ReadOnlySpan<double> scores, double temperature, Span<double> probabilities)
    {
        var max = Max(scores);
        var sum = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            probabilities[k] = Math.Exp((scores[k] - max) / temperature);
            sum += probabilities[k];
        }
        for (var k = 0; k < scores.Length; k++)
            probabilities[k] /= sum;
    }

    /// <summary>The largest score, NaN if any is NaN (as Enumerable.Max); the scores are never empty.</summary>
    static double Max(ReadOnlySpan<double> scores)
    {
        var max = scores[0];
        foreach (var score in scores)
        {
            if (double.IsNaN(score))
                return score;
            if (score > max)
                max = score;
        }
        return max;
    }
}
