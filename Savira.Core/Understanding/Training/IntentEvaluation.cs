using System.Globalization;
using System.Text;
using Savira.Core.Understanding.Classification;

namespace Savira.Core.Understanding.Training;

/// <summary>
/// Scores a matcher against labelled messages: accuracy, per-intent precision/recall/F1 and the most frequent
/// confusions. Reads and writes the TSV shape of the eval files and of export-training (`text<TAB>intent`, header).
/// </summary>
public sealed class IntentEvaluation
{
    readonly List<(string Text, Intent Expected, Intent Predicted)> results = [];
    readonly List<(double Confidence, bool Correct)> bestIntents = [];
    readonly List<(double Confidence, bool Long)> rightAnswers = [];

    public int Count => results.Count;
    public double Accuracy => results.Count == 0 ? 0 : (double)results.Count(r => r.Expected == r.Predicted) / results.Count;
    public IReadOnlyList<(string Text, Intent Expected, Intent Predicted)> Errors => results.Where(r => r.Expected != r.Predicted).ToList();

    public static IntentEvaluation Run(IIntentMatcher matcher, IEnumerable<(string Text, Intent Intent)> labelled)
    {
        var evaluation = new IntentEvaluation();
        foreach (var (text, intent) in labelled)
        {
            var understanding = matcher.Match(text);
            evaluation.results.Add((text, intent, understanding.Intent));
            // Calibration is the classifier's: how often its best intent is right at the confidence it gives it.
            var best = understanding.Ranking.Count > 0 ? understanding.Ranking[0] : new IntentScore(understanding.Intent, understanding.Confidence);
            evaluation.bestIntents.Add((best.Confidence, best.Intent == intent));
            if (understanding.Intent == intent)
                evaluation.rightAnswers.Add((understanding.Confidence, understanding.Words.Count >= Featurizer.LongMessageWords));
        }
        return evaluation;
    }

    /// <summary>Expected calibration error of the classifier's best intent (<see cref="Calibration.Bins"/> equal bins).</summary>
    public double ExpectedCalibrationError => Calibration.ExpectedError(bestIntents);

    /// <summary>Messages of a service or small-talk intent that got exactly their intent.</summary>
    public (int Right, int Total) InDomain => (
        results.Count(r => r.Expected != Intent.OutOfScope && r.Expected == r.Predicted), results.Count(r => r.Expected != Intent.OutOfScope));

    /// <summary>Out-of-scope messages kept out (classified out_of_scope), and how many of them landed on handoff.</summary>
    public (int KeptOut, int Total, int OnHandoff) OutOfScope => (
        results.Count(r => r.Expected == Intent.OutOfScope && r.Predicted == Intent.OutOfScope),
        results.Count(r => r.Expected == Intent.OutOfScope),
        results.Count(r => r.Expected == Intent.OutOfScope && r.Predicted == Intent.Handoff));

    /// <summary>Rows of a `text<TAB>intent` file after its header; a row with an unknown intent is an error naming its line.</summary>
    public static IEnumerable<(string Text, Intent Intent)> ReadTsv(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("text\tintent", StringComparison.Ordinal))
            throw new FormatException("The file must start with the header line \"text<TAB>intent\".");
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            var tab = line.LastIndexOf('\t');
            if (tab < 0 || !IntentIds.TryParse(line[(tab + 1)..], out var intent))
                throw new FormatException($"Line {lineNumber}: expected \"text<TAB>intent\" with an intent id of intents.md.");
            yield return (line[..tab], intent);
        }
    }

    static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    public (int TruePositives, int Predicted, int Actual) Counts(Intent intent) => (
        results.Count(r => r.Expected == intent && r.Predicted == intent),
        results.Count(r => r.Predicted == intent),
        results.Count(r => r.Expected == intent));

    public (double Precision, double Recall, double F1) Scores(Intent intent)
    {
        var (truePositives, predicted, actual) = Counts(intent);
        var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        var recall = actual == 0 ? 0 : (double)truePositives / actual;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    public IReadOnlyList<(Intent Expected, Intent Predicted, int Count)> Confusions(int top) =>
        TopConfusions(results.Select(r => (r.Expected, r.Predicted)), top);

    /// <summary>The most frequent (expected, predicted) pairs among the misses, most first, then by expected id.</summary>
    internal static IReadOnlyList<(Intent Expected, Intent Predicted, int Count)> TopConfusions(IEnumerable<(Intent Expected, Intent Predicted)> pairs, int top) =>
        pairs.Where(pair => pair.Expected != pair.Predicted)
            .GroupBy(pair => pair)
            .Select(group => (group.Key.Expected, group.Key.Predicted, group.Count()))
            .OrderByDescending(confusion => confusion.Item3)
            .ThenBy(confusion => confusion.Expected.ToId(), StringComparer.Ordinal)
            .Take(top)
            .ToList();

    public string Report(int topConfusions = 10)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture, $"accuracy\t{Accuracy:F4}\t({results.Count(r => r.Expected == r.Predicted)}/{results.Count})");
        var (right, inDomain) = InDomain;
        var (keptOut, outOfScope, onHandoff) = OutOfScope;
        text.AppendLine(culture, $"in-domain right\t{Share(right, inDomain):F4}\t({right}/{inDomain})");
        text.AppendLine(culture, $"out-of-scope kept out\t{Share(keptOut, outOfScope):F4}\t({keptOut}/{outOfScope}, {onHandoff} on handoff)");
        text.AppendLine(culture, $"ECE ({Calibration.Bins} bins, best intent)\t{ExpectedCalibrationError:F4}");
        foreach (var (name, isLong) in new[] { ($"short (< {Featurizer.LongMessageWords} words)", false), ($"long (≥ {Featurizer.LongMessageWords} words)", true) })
        {
            var answers = rightAnswers.Where(answer => answer.Long == isLong).ToList();
            if (answers.Count > 0)
                text.AppendLine(culture, $"mean confidence when right, {name}\t{answers.Average(answer => answer.Confidence):F4}\t({answers.Count})");
        }
        text.AppendLine();
        text.AppendLine("intent\tprecision\trecall\tf1\tsupport");
        foreach (var intent in Enum.GetValues<Intent>())
        {
            var (precision, recall, f1) = Scores(intent);
            text.AppendLine(culture, $"{intent.ToId()}\t{precision:F3}\t{recall:F3}\t{f1:F3}\t{Counts(intent).Actual}");
        }
        text.AppendLine();
        text.AppendLine("expected\tpredicted\tcount");
        foreach (var (expected, predicted, count) in Confusions(topConfusions))
            text.AppendLine(culture, $"{expected.ToId()}\t{predicted.ToId()}\t{count}");
        return text.ToString();
    }
}
