using System.Diagnostics;

namespace Savira.Tests.Support;

/// <summary>Runs the built Savira.Bot as its own process, the way an operator starts it.</summary>
public static class BotProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, string[] args,
        string? input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (input is not null)
            await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Savira.Bot did not exit within {timeout}. Output so far: {await output}{await error}");
        }
        return new Outcome(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the bot with standard input left open, for a conversation that waits on something else.</summary>
    public static Running Start(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = StartInfo(environment, args);
        return new Running(Process.Start(start)!);
    }

    static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Savira.Bot.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        return start;
    }

    public sealed class Running : IAsyncDisposable
    {
        readonly Process process;
        readonly System.Text.StringBuilder output = new();
        readonly Task reading;

        internal Running(Process process)
        {
            this.process = process;
            reading = Task.Run(async () =>
            {
                var buffer = new char[4096];
                int read;
                while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
                    lock (output)
                        output.Append(buffer, 0, read);
            });
        }

        public string Output
        {
            get
            {
                lock (output)
                    return output.ToString();
            }
        }

        public Task WriteLineAsync(string line) => process.StandardInput.WriteLineAsync(line);

        public Task WaitForOutputAsync(string text, string what) =>
            Eventually.TrueAsync(() => Output.Contains(text, StringComparison.Ordinal), what);

        /// <summary>Ends the input (Ctrl+D) and waits for the process to exit; its exit code.</summary>
        public async Task<int> EndInputAsync(TimeSpan timeout)
        {
            process.StandardInput.Close();
            using var deadline = new CancellationTokenSource(timeout);
            await process.WaitForExitAsync(deadline.Token);
            await reading;
            return process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }
}
