using System.Diagnostics;
using System.Globalization;

namespace Savira.LoadBench;

/// <summary>
/// A server keeps working on its own for a while after its warm-up (tiered JIT recompiling hot methods,
/// GC): in a trial run with a 5 s warm-up, the idle full server used 1.4 s of CPU during the first bare
/// slice and 0.04 s during the second. The measured slices start only once every server is quiet, so that
/// work does not fall on the other target's slice.
/// </summary>
internal static class QuietServers
{
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    static readonly TimeSpan QuietCpuPerInterval = TimeSpan.FromMilliseconds(25); // 5 % of one core
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task WaitAsync(IReadOnlyList<LoadTarget> targets, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var before = targets.Select(target => target.ServerCpu).ToArray();
        while (true)
        {
            await Task.Delay(Interval, cancellationToken);
            var now = targets.Select(target => target.ServerCpu).ToArray();
            var busy = targets.Where((_, i) => now[i] - before[i] >= QuietCpuPerInterval).Select(target => target.Name).ToArray();
            if (busy.Length == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"servers quiet after {clock.Elapsed.TotalSeconds:F1} s"));
                return;
            }
            if (clock.Elapsed >= Patience)
            {
                Console.WriteLine($"still busy after {Patience.TotalSeconds} s: {string.Join(", ", busy)}; measuring anyway");
                return;
            }
            before = now;
        }
    }
}
