using System.Diagnostics;
using System.Globalization;

namespace Savira.Benchmarks;

/// <summary>
/// `-- latency`: classifies every training utterance many times on one thread, timing each message, and prints
/// messages per second with the p50/p99/max latency of single messages (BenchmarkDotNet reports means).
/// </summary>
public static class MatcherLatency
{
    public static void Run(TextWriter output, int rounds = 20)
    {
        using var trained = new TrainedMatcher();
        var matcher = trained.Matcher;
        var texts = trained.TrainingTexts.Select(text => text + " ya min").ToList(); // unseen variants: no cache hits on whole texts

        foreach (var text in texts)
            matcher.Match(text); // warm-up: JIT tiers, lexicon caches

        var samples = new double[texts.Count * rounds];
        var total = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                matcher.Match(texts[i]);
                samples[round * texts.Count + i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }
        total.Stop();
        Array.Sort(samples);
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"messages: {samples.Length} ({texts.Count} distinct × {rounds}), one thread"));
        output.WriteLine(string.Create(culture, $"throughput: {samples.Length / total.Elapsed.TotalSeconds:F0} msgs/s"));
        output.WriteLine(string.Create(culture, $"latency µs: p50 {Percentile(samples, 0.50):F1}  p99 {Percentile(samples, 0.99):F1}  max {samples[^1]:F1}"));
        output.WriteLine(string.Create(culture, $"startup training: {trained.Training.Current.TrainingTime.TotalMilliseconds:F0} ms for {trained.Training.Current.ExampleCount} examples"));
    }

    static double Percentile(double[] sorted, double fraction) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(fraction * sorted.Length) - 1)];
}
