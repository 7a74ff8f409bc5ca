using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Savira.Tests.Support;

/// <summary>
/// The built Savira.Bot serving on a loopback port in its own process, as in production (signature check on), on a
/// database file the test keeps across restarts; it can be killed outright (SIGKILL), as a crash would.
/// </summary>
public sealed class BotServer : IAsyncDisposable
{
    readonly Process process;
    readonly StringBuilder error = new();
    readonly StringBuilder output = new();
    readonly object gate = new();
    readonly HttpClient client;

    BotServer(Process process, int port)
    {
        this.process = process;
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseUrl { get; }

    public static Task<BotServer> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken) =>
        StartAsync(databasePath, settings, [], cancellationToken);

    /// <summary>Starts the host with <paramref name="arguments"/> after --urls (e.g. --shutdownTimeoutSeconds=15).</summary>
    public static async Task<BotServer> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings,
        IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Savira.Bot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Savira__Database__Path"] = databasePath;
        start.Environment["Twilio__AuthToken"] = SaviraApp.AuthToken;
        start.Environment["Twilio__PublicBaseUrl"] = SaviraApp.PublicBaseUrl;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        var server = new BotServer(Process.Start(start)!, port);
        server.process.ErrorDataReceived += (_, line) => { lock (server.gate) server.error.AppendLine(line.Data); };
        server.process.OutputDataReceived += (_, line) => { lock (server.gate) server.output.AppendLine(line.Data); };
        server.process.BeginErrorReadLine();
        server.process.BeginOutputReadLine();
        await server.WaitUntilReadyAsync(cancellationToken);
        return server;
    }

    async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Savira.Bot exited with {process.ExitCode}: {Error}");
            try
            {
                using var response = await client.GetAsync("/healthz", cancellationToken);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException("Savira.Bot did not answer /healthz within 60 s: " + Error);
    }

    public string Error { get { lock (gate) return error.ToString(); } }

    /// <summary>Standard output so far: the host's log lines.</summary>
    public string Output { get { lock (gate) return output.ToString(); } }

    /// <summary>Sends a POSIX signal (TERM, INT) as an init system or `docker stop` does; <see cref="KillAsync"/> is KILL.</summary>
    public async Task SignalAsync(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    /// <summary>The exit code once the process has ended, or null when it still runs after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Posts a signed WhatsApp webhook; the task completes when the host answers (or never, when it hangs).</summary>
    public async Task<HttpResponseMessage> SendAsync(Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, SaviraApp.WebhookPath) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(SaviraApp.AuthToken, SaviraApp.PublicBaseUrl + SaviraApp.WebhookPath, form));
        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>The reply texts of a signed message.</summary>
    public async Task<string> SayAsync(Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(form, cancellationToken);
        response.EnsureSuccessStatusCode();
        return string.Join("\n", Twiml.Messages(await response.Content.ReadAsStringAsync(cancellationToken)));
    }

    public async Task WaitForErrorLineAsync(string line, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Error.Contains(line, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || process.HasExited)
                throw new TimeoutException($"Savira.Bot never wrote \"{line}\": {Error}");
            await Task.Delay(20, cancellationToken);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush — what a crash or an OOM kill does.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await KillAsync();
        process.Dispose();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
