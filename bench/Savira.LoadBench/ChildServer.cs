using System.Diagnostics;
using System.Net;

namespace Savira.LoadBench;

/// <summary>A server under test, started as a child process on a loopback port and stopped with it.</summary>
internal sealed class ChildServer : IAsyncDisposable
{
    readonly Process process;

    ChildServer(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public int ProcessId => process.Id;

    public static async Task<ChildServer> StartAsync(string name, ProcessStartInfo start, int port, CancellationToken cancellationToken)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {name}");
        process.OutputDataReceived += (_, line) => { if (line.Data is { Length: > 0 }) Console.WriteLine($"  [{name}] {line.Data}"); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 }) Console.Error.WriteLine($"  [{name}] {line.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ChildServer(process, baseAddress);
        await server.WaitUntilReadyAsync(name, cancellationToken);
        return server;
    }

    async Task WaitUntilReadyAsync(string name, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} before it was ready");
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { /* slow start */ }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"{name} was not ready within 60 seconds");
    }

    /// <summary>Processor time the server used so far (user + system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.HasExited ? TimeSpan.Zero : process.TotalProcessorTime;
        }
    }

    /// <summary>Resident set size now (VmRSS) and its peak (VmHWM) in MB, from /proc; zero where /proc is missing.</summary>
    public (double Resident, double Peak) Memory
    {
        get
        {
            try
            {
                var status = File.ReadAllLines($"/proc/{process.Id}/status");
                double Megabytes(string name) =>
                    status.FirstOrDefault(line => line.StartsWith(name, StringComparison.Ordinal)) is { } line
                        ? double.Parse(line[name.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024
                        : 0;
                return (Megabytes("VmRSS:"), Megabytes("VmHWM:"));
            }
            catch (IOException) { return (0, 0); }
        }
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
