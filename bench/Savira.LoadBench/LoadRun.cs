using System.Diagnostics;

namespace Savira.LoadBench;

/// <summary>What one target answered during one timed run, or during all its measured slices added up.</summary>
internal sealed class LoadRun
{
    public required string Target { get; init; }
    public required int Concurrency { get; init; }
    public long Requests { get; set; }
    public long Answered { get; set; }
    public long Errors { get; set; }
    public long ReplyMessages { get; set; }
    public TimeSpan Elapsed { get; set; }
    public TimeSpan ServerCpu { get; set; }
    public List<long> Latencies { get; } = [];

    public double PerSecond => Answered / Elapsed.TotalSeconds;
    public double P50 => Percentile(0.50);
    public double P99 => Percentile(0.99);

    public void Sort() => Latencies.Sort();

    /// <summary>Adds a slice's figures to these, as if the two had run back to back.</summary>
    public void Add(LoadRun slice)
    {
        Requests += slice.Requests;
        Answered += slice.Answered;
        Errors += slice.Errors;
        ReplyMessages += slice.ReplyMessages;
        Elapsed += slice.Elapsed;
        ServerCpu += slice.ServerCpu;
        Latencies.AddRange(slice.Latencies);
        Sort();
    }

    /// <summary>Milliseconds at quantile <paramref name="q"/> of the sorted latencies (nearest rank).</summary>
    double Percentile(double q)
    {
        if (Latencies.Count == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(q * Latencies.Count) - 1;
        return Latencies[Math.Clamp(rank, 0, Latencies.Count - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
