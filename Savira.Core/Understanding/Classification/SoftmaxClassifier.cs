using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Savira.Core.Understanding.Classification;

/// <summary>
/// A trained multinomial logistic regression over hashed features, its scores divided by a temperature fitted
/// on held-out examples so that the softmax probabilities are calibrated. Immutable once built.
/// </summary>
public sealed class SoftmaxClassifier
{
    readonly FrozenDictionary<int, int> rowByFeature;
    readonly int rowWidth; // the class count rounded up to whole vectors
    readonly float[] weights; // row-major: feature row × class, each row padded with zeros to rowWidth
    readonly double[] biases; // padded with zeros to rowWidth

    internal SoftmaxClassifier(IReadOnlyList<Intent> classes, FrozenDictionary<int, int> rowByFeature, float[] weights, float[] biases, double temperature)
    {
        Classes = classes;
        this.rowByFeature = rowByFeature;
        rowWidth = (classes.Count + Vector128<float>.Count - 1) / Vector128<float>.Count * Vector128<float>.Count;
        this.weights = new float[rowByFeature.Count * rowWidth];
        for (var row = 0; row < rowByFeature.Count; row++)
            weights.AsSpan(row * classes.Count, classes.Count).CopyTo(this.weights.AsSpan(row * rowWidth));
        this.biases = new double[rowWidth];
        for (var k = 0; k < classes.Count; k++)
            this.biases[k] = biases[k];
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

    /// <summary>
    /// Each class's bias plus value × weight of each known feature, summed in id order. Several classes per
    /// instruction, but each lane does what one class at a time did: a float product, widened, added in double.
    /// </summary>
    void Scores(ReadOnlySpan<int> ids, ReadOnlySpan<float> values, Span<double> scores)
    {
        Span<Vector128<double>> sums = stackalloc Vector128<double>[rowWidth / Vector128<double>.Count];
        for (var j = 0; j < sums.Length; j++)
            sums[j] = Vector128.Create<double>(biases.AsSpan(j * Vector128<double>.Count));
        for (var i = 0; i < ids.Length; i++)
        {
            if (!rowByFeature.TryGetValue(ids[i], out var row))
                continue;
            var value = Vector128.Create(values[i]);
            var rowWeights = weights.AsSpan(row * rowWidth, rowWidth);
            for (var k = 0; k < rowWidth; k += Vector128<float>.Count)
            {
                var (lower, upper) = Vector128.Widen(Vector128.Create<float>(rowWeights[k..]) * value);
                sums[k / Vector128<double>.Count] += lower;
                sums[k / Vector128<double>.Count + 1] += upper;
            }
        }
        MemoryMarshal.Cast<Vector128<double>, double>(sums)[..scores.Length].CopyTo(scores);
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
