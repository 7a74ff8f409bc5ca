using System.Diagnostics;
using System.Globalization;

namespace Savira.Benchmarks;

/// <summary>
/// `-- engine SECONDS`: drives <see cref="AssistantBenchmarks"/> (64 citizens at once, the load benchmark's
/// message mix, no HTTP) for a fixed time and prints messages per second, the process's CPU time and the
/// bytes allocated per message, and the types allocated most: a quick before/after figure for the
/// engine's share of the webhook's cost.
/// </summary>
public static class EngineLoad
{
    public static async Task RunAsync(TextWriter output, int seconds)
    {
        var benchmark = new AssistantBenchmarks();
        benchmark.Setup();
        try
        {
            for (var warmup = 0; warmup < 200; warmup++)
                await benchmark.SixtyFourCitizensAtOnce();

            using var sampler = new AllocationSampler();
            using var process = Process.GetCurrentProcess();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            long messages = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
                messages += await benchmark.SixtyFourCitizensAtOnce();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{messages} messages in {clock.Elapsed.TotalSeconds:F1} s: {messages / clock.Elapsed.TotalSeconds:F0}/s, " +
                $"CPU {cpu.TotalMicroseconds / messages:F1} µs and {allocated / messages:N0} bytes allocated per message"));
            output.WriteLine("Most allocated types (the runtime's samples, one per ~100 KB):");
            foreach (var (type, share) in sampler.Top(15))
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {share,6:P1}  {type}"));
        }
        finally
        {
            benchmark.Dispose();
        }
    }
}
