using System.Collections.Frozen;
using System.Runtime.Intrinsics;

namespace Savira.Core.Understanding.Classification;

/// <summary>
/// A trained multinomial logistic regression over hashed features, its scores divided by a temperature fitted
/// on held-out examples so that the softmax probabilities are calibrated. Immutable once built.
/// </summary>
public sealed class SoftmaxClassifier
{
    /// <summary>Classes scored together: sixteen, summed in eight vectors of two doubles that stay in registers.</summary>
    const int BlockWidth = 16;

    readonly FrozenDictionary<int, int> rowByFeature;
    readonly int rowWidth; // the class count rounded up to whole blocks
    readonly float[] weights; // row-major: feature row × class, each row padded with zeros to rowWidth
    readonly double[] biases; // padded with zeros to rowWidth

    internal SoftmaxClassifier(IReadOnlyList<Intent> classes, FrozenDictionary<int, int> rowByFeature, float[] weights, float[] biases, double temperature)
    {
        Classes = classes;
        this.rowByFeature = rowByFeature;
        rowWidth = (classes.Count + BlockWidth - 1) / BlockWidth * BlockWidth;
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
    /// Each class's bias plus value × weight of each known feature, summed in id order. A block of classes at a time,
    /// but each lane does what one class at a time did: a float product, widened, added in double.
    /// </summary>
    void Scores(ReadOnlySpan<int> ids, ReadOnlySpan<float> values, Span<double> scores)
    {
        Span<double> blockScores = stackalloc double[BlockWidth];
        for (var block = 0; block < rowWidth; block += BlockWidth)
        {
            var blockBiases = biases.AsSpan(block, BlockWidth);
            var sum0 = Vector128.Create<double>(blockBiases);
            var sum1 = Vector128.Create<double>(blockBiases[2..]);
            var sum2 = Vector128.Create<double>(blockBiases[4..]);
            var sum3 = Vector128.Create<double>(blockBiases[6..]);
            var sum4 = Vector128.Create<double>(blockBiases[8..]);
            var sum5 = Vector128.Create<double>(blockBiases[10..]);
            var sum6 = Vector128.Create<double>(blockBiases[12..]);
            var sum7 = Vector128.Create<double>(blockBiases[14..]);
            for (var i = 0; i < ids.Length; i++)
            {
                if (!rowByFeature.TryGetValue(ids[i], out var row))
                    continue;
                var value = Vector128.Create(values[i]);
                var blockWeights = weights.AsSpan(row * rowWidth + block, BlockWidth);
                var (lower, upper) = Vector128.Widen(Vector128.Create<float>(blockWeights) * value);
                (sum0, sum1) = (sum0 + lower, sum1 + upper);
                (lower, upper) = Vector128.Widen(Vector128.Create<float>(blockWeights[4..]) * value);
                (sum2, sum3) = (sum2 + lower, sum3 + upper);
                (lower, upper) = Vector128.Widen(Vector128.Create<float>(blockWeights[8..]) * value);
                (sum4, sum5) = (sum4 + lower, sum5 + upper);
                (lower, upper) = Vector128.Widen(Vector128.Create<float>(blockWeights[12..]) * value);
                (sum6, sum7) = (sum6 + lower, sum7 + upper);
            }
            sum0.CopyTo(blockScores);
            sum1.CopyTo(blockScores[2..]);
            sum2.CopyTo(blockScores[4..]);
            sum3.CopyTo(blockScores[6..]);
            sum4.CopyTo(blockScores[8..]);
            sum5.CopyTo(blockScores[10..]);
            sum6.CopyTo(blockScores[12..]);
            sum7.CopyTo(blockScores[14..]);
            blockScores[..Math.Min(BlockWidth, scores.Length - block)].CopyTo(scores[block..]);
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
