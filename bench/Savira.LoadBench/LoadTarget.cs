using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Savira.LoadBench;

/// <summary>
/// One server under test with its own HttpClient and senders. Its measured slices add up to one
/// <see cref="LoadRun"/>; the senders keep their place in the message mix from slice to slice, and
/// <c>--max-requests</c> bounds the requests over all slices.
/// </summary>
internal sealed class LoadTarget : IAsyncDisposable
{
    readonly ChildServer server;
    readonly HttpClient client;
    readonly Sender[] senders;
    readonly long[] measuredBudget;

    LoadTarget(string name, ChildServer server, HttpClient client, Sender[] senders, long maxRequests)
    {
        Name = name;
        this.server = server;
        this.client = client;
        this.senders = senders;
        measuredBudget = [maxRequests];
        Warmup = new LoadRun { Target = name, Concurrency = senders.Length };
        Measured = new LoadRun { Target = name, Concurrency = senders.Length };
    }

    public string Name { get; }
    public LoadRun Warmup { get; private set; }
    public LoadRun Measured { get; }

    /// <summary>Processor time the server used so far (user + system).</summary>
    public TimeSpan ServerCpu => server.CpuTime;

    /// <summary>The server's resident memory now and at its peak, in MB (Linux /proc).</summary>
    public (double Resident, double Peak) ServerMemory => server.Memory;

    public static async Task<LoadTarget> StartAsync(string name, ProcessStartInfo start, BenchOptions options, CancellationToken cancellationToken)
    {
        var server = await ChildServer.StartAsync(name, start, ChildServer.FreePort(), cancellationToken);
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency * 2,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan, // idle while the other target has its slice
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(15) }; // Twilio's limit
        var senders = Enumerable.Range(0, options.Concurrency).Select(index => new Sender(index, options.NewWordLetters)).ToArray();
        return new LoadTarget(name, server, client, senders, options.MaxRequests);
    }

    public async Task WarmUpAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        Warmup = await TimedRunAsync(duration, [long.MaxValue], cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Name}: warm-up {Warmup.Answered} answered, {Warmup.PerSecond:F0}/s, {Warmup.Errors} errors"));
    }

    /// <summary>Drives the server for one measured slice and adds the slice to <see cref="Measured"/>.</summary>
    public async Task<LoadRun> MeasureSliceAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var slice = await TimedRunAsync(duration, measuredBudget, cancellationToken);
        Measured.Add(slice);
        return slice;
    }

    async Task<LoadRun> TimedRunAsync(TimeSpan duration, long[] budget, CancellationToken cancellationToken)
    {
        var run = new LoadRun { Target = Name, Concurrency = senders.Length };
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

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }
}
