using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Savira.LoadBench;

/// <summary>
/// Starts each target, warms it up, drives it with concurrent signed senders for a fixed time, prints
/// the figures and checks the full path's SQLite file against what was answered.
/// </summary>
internal static class LoadBenchmark
{
    public const string WebhookPath = "/webhooks/twilio/whatsapp";
    const string AuthToken = "loadbench-auth-token-0123456789ab";
    const string PublicBaseUrl = "https://savira.loadbench.example";
    const double TargetRatio = 1.0 / 3;
    const double TargetP99Milliseconds = 25;

    static long messageCounter;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };

        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {CpuModel()}, .NET {Environment.Version}, load average {LoadAverage()}");
        Console.WriteLine($"Senders: {options.Concurrency}, warm-up {options.WarmupSeconds} s, measured {options.Seconds} s per target");

        var rounds = new List<Round>();
        for (var round = 1; round <= options.Runs && !stop.IsCancellationRequested; round++)
        {
            var load = LoadAverage();
            LoadRun? bare = null, full = null;
            var verified = true;
            if (options.RunsBare)
                bare = await RunBareAsync(options, stop.Token);
            if (options.RunsFull)
                (full, verified) = await RunFullAsync(options, stop.Token);
            rounds.Add(new Round(round, load, bare, full, verified));
        }

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
                $"run {round.Number}: full/bare throughput {round.Ratio:P1}, full p99 {round.Full!.P99:F2} ms: {(round.Passes ? "pass" : "fail")}"));
        }
        var ratio = Median(compared.Select(round => round.Ratio));
        var p99 = Median(compared.Select(round => round.Full!.P99));
        var pass = ratio >= TargetRatio && p99 < TargetP99Milliseconds && allCommitted;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of {compared.Count}: full/bare throughput {ratio:P1} (target ≥ {TargetRatio:P1}), full p99 {p99:F2} ms (target < {TargetP99Milliseconds} ms), " +
            $"every answer committed: {(allCommitted ? "yes" : "NO")}; load average now {LoadAverage()}"));
        Console.WriteLine(pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }

    sealed record Round(int Number, string Load, LoadRun? Bare, LoadRun? Full, bool Verified)
    {
        public double Ratio => Full!.PerSecond / Bare!.PerSecond;
        public bool Passes => Ratio >= TargetRatio && Full!.P99 < TargetP99Milliseconds && Full.Errors == 0 && Verified;
    }

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    static async Task<LoadRun> RunBareAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this program's path");
        var start = new ProcessStartInfo(self);
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(typeof(LoadBenchmark).Assembly.Location);
        start.ArgumentList.Add(BareEndpoint.Verb);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "1"; // as Savira.Bot, a web project, runs (this client runs workstation GC)

        foreach (var (key, value) in options.Environment)
            start.Environment[key] = value;

        Console.WriteLine();
        Console.WriteLine("bare: starting the bare ASP.NET Core endpoint");
        await using var server = await ChildServer.StartAsync("bare", start, ChildServer.FreePort(), cancellationToken);
        var (run, _) = await DriveAsync("bare", server, options, cancellationToken);
        return run;
    }

    static async Task<(LoadRun Run, bool Verified)> RunFullAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var bot = options.BotPath ?? FindBot();
        var folder = Path.Combine(Path.GetTempPath(), "savira-loadbench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var databasePath = Path.Combine(folder, "savira.db");

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

        Console.WriteLine();
        Console.WriteLine($"full: starting {bot} on {databasePath}");
        LoadRun run;
        long answered, replyMessages;
        await using (var server = await ChildServer.StartAsync("full", start, ChildServer.FreePort(), cancellationToken))
        {
            (run, var warmup) = await DriveAsync("full", server, options, cancellationToken);
            answered = warmup.Answered + run.Answered;
            replyMessages = warmup.ReplyMessages + run.ReplyMessages;
        }

        var verified = CommitCheck.Verify(databasePath, answered, replyMessages);
        if (options.KeepDatabase)
            Console.WriteLine($"full: kept {databasePath}");
        else
            TryDelete(folder);
        return (run, verified);
    }

    /// <summary>A warm-up run (not counted), then the measured run, with the same senders continuing.</summary>
    static async Task<(LoadRun Measured, LoadRun Warmup)> DriveAsync(string target, ChildServer server, BenchOptions options, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency * 2,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(15) }; // Twilio's limit
        var senders = Enumerable.Range(0, options.Concurrency).Select(index => new Sender(index)).ToArray();

        var warmup = await TimedRunAsync(target, server, client, senders, TimeSpan.FromSeconds(options.WarmupSeconds), long.MaxValue, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{target}: warm-up {warmup.Answered} answered, {warmup.PerSecond:F0}/s, {warmup.Errors} errors"));
        var measured = await TimedRunAsync(target, server, client, senders, TimeSpan.FromSeconds(options.Seconds), options.MaxRequests, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{target}: measured {measured.Answered} answered, {measured.PerSecond:F0}/s, p50 {measured.P50:F2} ms, p99 {measured.P99:F2} ms, {measured.Errors} errors"));
        return (measured, warmup);
    }

    static async Task<LoadRun> TimedRunAsync(string target, ChildServer server, HttpClient client, Sender[] senders,
        TimeSpan duration, long maxRequests, CancellationToken cancellationToken)
    {
        var run = new LoadRun { Target = target, Concurrency = senders.Length };
        var budget = new long[] { maxRequests };
        var cpuBefore = server.CpuTime;
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(senders.Select(sender => Task.Run(
            () => sender.RunAsync(client, clock, duration, budget, cancellationToken), cancellationToken)));
        run.Elapsed = clock.Elapsed;
        run.ServerCpu = server.CpuTime - cpuBefore;

        foreach (var result in results)
        {
            run.Requests += result.Requests;
            run.Answered += result.Answered;
            run.Errors += result.Errors;
            run.ReplyMessages += result.ReplyMessages;
            run.Latencies.AddRange(result.Latencies);
        }
        run.Sort();
        return run;
    }

    /// <summary>One simulated citizen: a WhatsApp number of its own, its messages sent one after the other.</summary>
    sealed class Sender(int index)
    {
        static readonly byte[] Token = Encoding.UTF8.GetBytes(AuthToken);
        static readonly Uri Path = new(WebhookPath, UriKind.Relative);

        readonly string from = string.Create(CultureInfo.InvariantCulture, $"whatsapp:+62811{index:D7}");
        long turn;

        public async Task<SenderResult> RunAsync(HttpClient client, Stopwatch clock, TimeSpan duration, long[] budget, CancellationToken cancellationToken)
        {
            var result = new SenderResult();
            while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested && Interlocked.Decrement(ref budget[0]) >= 0)
            {
                using var request = NewRequest();
                result.Requests++;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request, cancellationToken);
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    var elapsed = Stopwatch.GetTimestamp() - started;
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        result.Answered++;
                        result.ReplyMessages += CountMessages(body);
                        result.Latencies.Add(elapsed);
                    }
                    else
                    {
                        result.Errors++;
                        if (result.Errors <= 3)
                            Console.Error.WriteLine($"  {from}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    result.Errors++;
                    if (result.Errors <= 3)
                        Console.Error.WriteLine($"  {from}: {exception.GetType().Name} {exception.Message}");
                }
            }
            return result;
        }

        HttpRequestMessage NewRequest()
        {
            var messageSid = "SM" + Interlocked.Increment(ref messageCounter).ToString("x32", CultureInfo.InvariantCulture);
            var form = new Dictionary<string, string>
            {
                ["MessageSid"] = messageSid,
                ["SmsMessageSid"] = messageSid,
                ["AccountSid"] = "AC" + new string('0', 32),
                ["From"] = from,
                ["To"] = "whatsapp:+14155238886",
                ["Body"] = MessageMix.Body(turn++),
                ["NumMedia"] = "0",
                ["NumSegments"] = "1",
                ["WaId"] = from["whatsapp:+".Length..],
                ["ProfileName"] = "Warga Semarang",
                ["ApiVersion"] = "2010-04-01",
            };
            var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new FormUrlEncodedContent(form) };
            request.Headers.Add("X-Twilio-Signature", TwilioSignature.Sign(Token, PublicBaseUrl + WebhookPath, form));
            return request;
        }

        static int CountMessages(string twiml)
        {
            var count = 0;
            for (var at = twiml.IndexOf("<Message>", StringComparison.Ordinal); at >= 0; at = twiml.IndexOf("<Message>", at + 1, StringComparison.Ordinal))
                count++;
            return count;
        }
    }

    sealed class SenderResult
    {
        public long Requests { get; set; }
        public long Answered { get; set; }
        public long Errors { get; set; }
        public long ReplyMessages { get; set; }
        public List<long> Latencies { get; } = new(4096);
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
