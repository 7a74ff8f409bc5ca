using System.Globalization;
using System.Text;
using Savira.Core.Understanding.Classification;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Understanding.Training;

/// <summary>
/// k-fold cross-validation over the training examples: the examples shuffled with a fixed seed, a model trained
/// on all folds but one (the whole pipeline: vocabulary, typo correction, classifier, temperature), the left-out
/// fold classified by the raw best intent. A second opinion on generalisation beside the dev sets; paraphrases in
/// the seed make it somewhat optimistic.
/// </summary>
public sealed class IntentCrossValidation
{
    public const int DefaultFolds = 5;
    const int ShuffleSeed = 1;

    readonly List<(Intent Expected, Intent Predicted, double Confidence)> results = [];
    readonly List<double> temperatures = [];

    public int Folds { get; private init; }
    public int Count => results.Count;
    public double Accuracy => results.Count == 0 ? 0 : (double)results.Count(r => r.Expected == r.Predicted) / results.Count;
    public double MeanConfidence => results.Count == 0 ? 0 : results.Average(r => r.Confidence);
    public double ExpectedCalibrationError => Calibration.ExpectedError(results.Select(r => (r.Confidence, r.Expected == r.Predicted)));
    public IReadOnlyList<double> Temperatures => temperatures;

    public static IntentCrossValidation Run(IReadOnlyList<TrainingExample> examples, IReadOnlyList<NamedPlace> places, int pdamCustomerNumberLength,
        int folds = DefaultFolds)
    {
        var validation = new IntentCrossValidation { Folds = folds };
        var shuffled = examples.ToArray();
        new Random(ShuffleSeed).Shuffle(shuffled);
        var now = DateTimeOffset.UtcNow;
        for (var fold = 0; fold < folds; fold++)
        {
            var training = shuffled.Where((_, index) => index % folds != fold).ToList();
            var model = IntentModelBuilder.Build(training, [], places, pdamCustomerNumberLength);
            validation.temperatures.Add(model.Temperature);
            foreach (var example in shuffled.Where((_, index) => index % folds == fold))
            {
                var best = model.Read(example.Text, now).Ranking[0];
                validation.results.Add((example.Intent, best.Intent, best.Confidence));
            }
        }
        return validation;
    }

    public IReadOnlyList<(Intent Expected, Intent Predicted, int Count)> Confusions(int top) =>
        IntentEvaluation.TopConfusions(results.Select(r => (r.Expected, r.Predicted)), top);

    public string Report(int topConfusions = 8)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture,
            $"cross-validation\t{Accuracy:F4}\t({results.Count(r => r.Expected == r.Predicted)}/{results.Count}, {Folds}-fold over the training examples)");
        text.AppendLine(culture, $"cross-validation mean confidence\t{MeanConfidence:F4}");
        text.AppendLine(culture, $"cross-validation ECE ({Calibration.Bins} bins)\t{ExpectedCalibrationError:F4}");
        text.AppendLine(culture, $"cross-validation temperatures\t{string.Join(' ', temperatures.Select(t => t.ToString("F2", culture)))}");
        foreach (var (expected, predicted, count) in Confusions(topConfusions))
            text.AppendLine(culture, $"  {expected.ToId()} → {predicted.ToId()}\t{count}");
        return text.ToString();
    }
}

/// <summary>Expected calibration error: the confidences in equal-width bins, the gap between each bin's mean confidence and its accuracy, weighted by its share.</summary>
public static class Calibration
{
    public const int Bins = 10;

    public static double ExpectedError(IEnumerable<(double Confidence, bool Correct)> predictions)
    {
        var count = new int[Bins];
        var confidence = new double[Bins];
        var correct = new int[Bins];
        var total = 0;
        foreach (var (p, right) in predictions)
        {
            var bin = Math.Clamp((int)(p * Bins), 0, Bins - 1);
            count[bin]++;
            confidence[bin] += p;
            correct[bin] += right ? 1 : 0;
            total++;
        }
        if (total == 0)
            return 0;
        var error = 0.0;
        for (var bin = 0; bin < Bins; bin++)
        {
            if (count[bin] > 0)
                error += (double)count[bin] / total * Math.Abs(confidence[bin] / count[bin] - (double)correct[bin] / count[bin]);
        }
        return error;
    }
}
