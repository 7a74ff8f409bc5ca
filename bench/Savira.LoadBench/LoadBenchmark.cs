using System.Diagnostics;
using System.Globalization;

namespace Savira.LoadBench;

/// <summary>
/// Starts the targets, warms each up, then drives them in alternating slices (ABBA order) with
/// concurrent signed senders, so a change in the shared machine's speed falls on both alike; prints the
/// figures and checks the full path's SQLite file against what was answered.
/// </summary>
internal static class LoadBenchmark
{
    public const string WebhookPath = "/webhooks/twilio/whatsapp";
    public const string AuthToken = "loadbench-auth-token-0123456789ab";
    public const string PublicBaseUrl = "https://savira.loadbench.example";
    // Issue 15's targets, to be met by every run, not by the median: a target that holds only on a good day has no margin.
    const double TargetRatio = 0.40;
    const double TargetP99Milliseconds = 20;
    const double TargetPeakResidentMegabytes = 200;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };

        var slices = SliceOrder.SlicesPerTarget(options.Seconds, options.SliceSeconds);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {CpuModel()}, .NET {Environment.Version}, load average {LoadAverage()}");
        Console.WriteLine(
            $"Senders: {options.Concurrency} per target, warm-up {options.WarmupSeconds} s per target, measured {slices} slices of {options.SliceSeconds} s per target" +
            (options.RunsBare && options.RunsFull ? ", bare and full taking turns (bare full, full bare, …)" : ""));

        var rounds = new List<Round>();
        for (var round = 1; round <= options.Runs && !stop.IsCancellationRequested; round++)
            rounds.Add(await RunRoundAsync(round, options, stop.Token));

        Console.WriteLine();
        Console.WriteLine($"{"run",3} {"target",-6} {"senders",7} {"requests",9} {"msgs/s",9} {"p50 ms",7} {"p99 ms",7} {"errors",6} {"server cpu/req",14}  load average at start");
        foreach (var round in rounds)
        {
            foreach (var run in new[] { round.Bare, round.Full }.OfType<LoadRun>())
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{round.Number,3} {run.Target,-6} {run.Concurrency,7} {run.Requests,9} {run.PerSecond,9:F0} {run.P50,7:F2} {run.P99,7:F2} {run.Errors,6} {run.ServerCpu.TotalMicroseconds / Math.Max(1, run.Answered),11:F0} µs  {round.Load}"));
            }
        }

        var allCommitted = rounds.All(round => round.Verified && round.Full is null or { Errors: 0 });
        var compared = rounds.Where(round => round.Bare is not null && round.Full is not null).ToList();
        if (compared.Count == 0)
            return allCommitted ? 0 : 1;

        foreach (var round in compared)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {round.Number}: full/bare throughput {round.Ratio:P1} (pairs of adjacent slices: {PairSummary(round.PairRatios)}), " +
                $"full p99 {round.Full!.P99:F2} ms, full peak resident {round.FullPeakMegabytes:F0} MB: {(round.Passes ? "pass" : "fail")}"));
        }
        var pass = allCommitted && compared.All(round => round.Passes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{compared.Count(round => round.Passes)} of {compared.Count} runs pass (every run must: full/bare ≥ {TargetRatio:P0}, full p99 ≤ {TargetP99Milliseconds} ms, " +
            $"full host's peak resident memory ≤ {TargetPeakResidentMegabytes} MB); median full/bare {Median(compared.Select(round => round.Ratio)):P1}, " +
            $"median p99 {Median(compared.Select(round => round.Full!.P99)):F2} ms; every answer committed: {(allCommitted ? "yes" : "NO")}; load average now {LoadAverage()}"));
        Console.WriteLine(pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }

    /// <summary>One run: its targets' totals over all slices, and full/bare of each pair of adjacent slices.</summary>
    sealed record Round(int Number, string Load, LoadRun? Bare, LoadRun? Full, bool Verified, IReadOnlyList<double> PairRatios, double FullPeakMegabytes)
    {
        public double Ratio => Full!.PerSecond / Bare!.PerSecond;
        public bool Passes => Ratio >= TargetRatio && Full!.P99 <= TargetP99Milliseconds && FullPeakMegabytes <= TargetPeakResidentMegabytes
            && Full.Errors == 0 && Verified;
    }

    static string PairSummary(IReadOnlyList<double> ratios) => ratios.Count == 0
        ? "none"
        : string.Create(CultureInfo.InvariantCulture, $"median {Median(ratios):P1} of {ratios.Count}, {ratios.Min():P1}–{ratios.Max():P1}");

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// Starts every target of the run before measuring any, warms each up in turn, waits until the servers
    /// are quiet, measures the slices, stops the servers, then checks the full path's SQLite file over its warm-up and measured answers.
    /// </summary>
    static async Task<Round> RunRoundAsync(int number, BenchOptions options, CancellationToken cancellationToken)
    {
        var load = LoadAverage();
        var folder = Path.Combine(Path.GetTempPath(), "savira-loadbench", Guid.NewGuid().ToString("N"));
        var databasePath = Path.Combine(folder, "savira.db");
        if (options.RunsFull)
            Directory.CreateDirectory(folder);

        Console.WriteLine();
        LoadRun? bare, full, fullWarmup;
        IReadOnlyList<double> pairRatios;
        var fullPeak = 0.0;
        await using (var bareTarget = options.RunsBare ? await StartBareAsync(options, cancellationToken) : null)
        await using (var fullTarget = options.RunsFull ? await StartFullAsync(options, databasePath, cancellationToken) : null)
        {
            LoadTarget[] targets = [.. new[] { bareTarget, fullTarget }.OfType<LoadTarget>()];
            foreach (var target in targets)
                await target.WarmUpAsync(TimeSpan.FromSeconds(options.WarmupSeconds), cancellationToken);
            await QuietServers.WaitAsync(targets, cancellationToken);
            foreach (var target in targets)
                PrintMemory(target, "after warm-up");
            pairRatios = await MeasureSlicesAsync(targets, options, cancellationToken);
            foreach (var target in targets)
                PrintMemory(target, "after the measurement");
            if (options.IdleSeconds > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds), cancellationToken);
                foreach (var target in targets)
                    PrintMemory(target, $"after {options.IdleSeconds} s idle");
            }
            (bare, full, fullWarmup) = (bareTarget?.Measured, fullTarget?.Measured, fullTarget?.Warmup);
            if (fullTarget is not null)
                fullPeak = fullTarget.ServerMemory.Peak;
        }

        var verified = true;
        if (full is not null && fullWarmup is not null)
        {
            verified = CommitCheck.Verify(databasePath, fullWarmup.Answered + full.Answered, fullWarmup.ReplyMessages + full.ReplyMessages);
            if (options.KeepDatabase)
                Console.WriteLine($"full: kept {databasePath}");
            else
                TryDelete(folder);
        }
        return new Round(number, load, bare, full, verified, pairRatios, fullPeak);
    }

    /// <summary>
    /// The measured slices, in <see cref="SliceOrder"/>; the target not being driven sits idle. Returns
    /// full/bare throughput of each pair of adjacent slices (empty with one target).
    /// </summary>
    static async Task<List<double>> MeasureSlicesAsync(IReadOnlyList<LoadTarget> targets, BenchOptions options, CancellationToken cancellationToken)
    {
        var slicesPerTarget = SliceOrder.SlicesPerTarget(options.Seconds, options.SliceSeconds);
        var duration = TimeSpan.FromSeconds(options.SliceSeconds);
        var pairRatios = new List<double>();
        foreach (var (index, pair) in SliceOrder.Pairs(targets, slicesPerTarget).Index())
        {
            var slices = new Dictionary<string, LoadRun>();
            foreach (var target in pair)
            {
                var idle = targets.Where(other => other != target).ToArray();
                var idleCpuBefore = idle.Select(other => other.ServerCpu).ToArray();
                var slice = await target.MeasureSliceAsync(duration, cancellationToken);
                var idleCpu = string.Concat(idle.Select((other, i) => string.Create(CultureInfo.InvariantCulture,
                    $", idle {other.Name} server cpu {(other.ServerCpu - idleCpuBefore[i]).TotalMilliseconds:F0} ms")));
                slices[target.Name] = slice;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  slice {index + 1}/{slicesPerTarget} {target.Name,-4}: {slice.Answered,7} answered in {slice.Elapsed.TotalSeconds:F1} s, {slice.PerSecond,6:F0}/s, " +
                    $"p50 {slice.P50:F2} ms, p99 {slice.P99:F2} ms, {slice.Errors} errors, server cpu {slice.ServerCpu.TotalMicroseconds / Math.Max(1, slice.Answered):F0} µs/req{idleCpu}"));
            }
            if (slices.TryGetValue("bare", out var bare) && slices.TryGetValue("full", out var full) && bare.Answered > 0 && full.Requests > 0)
                pairRatios.Add(full.PerSecond / bare.PerSecond);
        }

        foreach (var target in targets)
        {
            var measured = target.Measured;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name}: measured {measured.Answered} answered in {measured.Elapsed.TotalSeconds:F1} s, {measured.PerSecond:F0}/s, p50 {measured.P50:F2} ms, p99 {measured.P99:F2} ms, {measured.Errors} errors"));
        }
        return pairRatios;
    }

    static void PrintMemory(LoadTarget target, string when)
    {
        var (resident, peak) = target.ServerMemory;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Name}: memory {when}: resident {resident:F0} MB, peak {peak:F0} MB"));
    }

    static async Task<LoadTarget> StartBareAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this program's path");
        var start = new ProcessStartInfo(self);
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(typeof(LoadBenchmark).Assembly.Location);
        start.ArgumentList.Add(BareEndpoint.Verb);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // Workstation GC, this program's own and Savira.Bot's (see its project file): both targets run alike.
        foreach (var (key, value) in options.Environment)
            start.Environment[key] = value;

        Console.WriteLine("bare: starting the bare ASP.NET Core endpoint");
        return await LoadTarget.StartAsync("bare", start, options, cancellationToken);
    }

    static async Task<LoadTarget> StartFullAsync(BenchOptions options, string databasePath, CancellationToken cancellationToken)
    {
        var bot = options.BotPath ?? FindBot();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(bot)! };
        start.ArgumentList.Add(bot);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Savira__Database__Path"] = databasePath;
        start.Environment["Twilio__AuthToken"] = AuthToken;
        start.Environment["Twilio__PublicBaseUrl"] = PublicBaseUrl;
        start.Environment["Twilio__ValidateSignature"] = "true";
        foreach (var (key, value) in options.Environment)
            start.Environment[key] = value;

        Console.WriteLine($"full: starting {bot} on {databasePath}");
        return await LoadTarget.StartAsync("full", start, options, cancellationToken);
    }

    static string FindBot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Savira.sln")))
                continue;
            var bot = Path.Combine(folder.FullName, "Savira.Bot", "bin", "Release", "net10.0", "Savira.Bot.dll");
            return File.Exists(bot)
                ? bot
                : throw new FileNotFoundException($"{bot} is missing: run the benchmark with -c Release (it builds Savira.Bot in Release), or pass --bot PATH.");
        }
        throw new DirectoryNotFoundException("Savira.sln not found above this program; pass --bot PATH to Savira.Bot.dll.");
    }

    static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException) { return "unknown CPU"; }
    }

    static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "unknown"; }
    }

    static void TryDelete(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* left for the OS to clean */ }
    }
}
