using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Savira.Core.Services.Pdam;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Classification;
using Savira.Core.Understanding.Entities;

namespace Savira.Benchmarks;

/// <summary>
/// `-- crossval`: 5-fold cross-validation over the training examples (train on four fifths, classify the fifth
/// with the raw best intent). A second opinion on generalisation beside the dev set; paraphrases in the seed
/// make it somewhat optimistic.
/// </summary>
public static class MatcherCrossValidation
{
    const int Folds = 5;

    public static void Run(TextWriter output)
    {
        using var trained = new TrainedMatcher();
        var examples = trained.Examples;
        var places = trained.Services.GetServices<INamedPlaceSource>().SelectMany(source => source.Load()).ToList();
        var length = trained.Services.GetRequiredService<IOptions<PdamOptions>>().Value.CustomerNumberLength;
        var shuffled = examples.ToArray();
        new Random(1).Shuffle(shuffled);
        var correct = 0;
        var confidence = 0.0;
        var misses = new Dictionary<(Intent Expected, Intent Predicted), int>();
        var now = DateTimeOffset.UtcNow;
        for (var fold = 0; fold < Folds; fold++)
        {
            var training = shuffled.Where((_, index) => index % Folds != fold).ToList();
            var model = IntentModelBuilder.Build(training, [], places, pdamCustomerNumberLength: length);
            foreach (var example in shuffled.Where((_, index) => index % Folds == fold))
            {
                var best = model.Read(example.Text, now).Ranking[0];
                correct += best.Intent == example.Intent ? 1 : 0;
                if (best.Intent != example.Intent)
                    misses[(example.Intent, best.Intent)] = misses.GetValueOrDefault((example.Intent, best.Intent)) + 1;
                confidence += best.Confidence;
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {fold}: temperature {model.Temperature:F2}"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Folds}-fold cross-validation over {shuffled.Length} training examples: {(double)correct / shuffled.Length:P1}, mean confidence of the best intent {confidence / shuffled.Length:P1} (calibrated: the two agree)"));
        foreach (var ((expected, predicted), count) in misses.OrderByDescending(miss => miss.Value).Take(12))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {expected.ToId()} → {predicted.ToId()}: {count}"));
    }
}
