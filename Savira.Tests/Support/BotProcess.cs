using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Savira.Tests.Support;

/// <summary>Runs the built Savira.Bot as its own process, the way an operator starts it.</summary>
public static partial class BotProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, string[] args,
        string? input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var botDll = Path.Combine(AppContext.BaseDirectory, "Savira.Bot.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(botDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        using var process = Process.Start(start)!;
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

    /// <summary>Starts the bot as a web host and returns once Kestrel says where it listens (pass --urls http://127.0.0.1:0).</summary>
    public static async Task<RunningBot> StartAsync(IReadOnlyDictionary<string, string> environment, string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Savira.Bot.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information"; // "Now listening on: …"
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        var bot = new RunningBot(Process.Start(start)!);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await bot.Listening.WaitAsync(deadline.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException)
        {
            var output = bot.Output;
            await bot.DisposeAsync();
            throw new TimeoutException($"Savira.Bot did not start listening: {exception.Message}\n{output}");
        }
        return bot;
    }

    /// <summary>A bot process started by <see cref="StartAsync"/>; disposing it kills what is still running.</summary>
    public sealed partial class RunningBot : IAsyncDisposable
    {
        readonly Process process;
        readonly StringBuilder output = new();
        readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        internal RunningBot(Process process)
        {
            this.process = process;
            process.OutputDataReceived += (_, line) => Take(line.Data);
            process.ErrorDataReceived += (_, line) => Take(line.Data);
            process.EnableRaisingEvents = true;
            process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("the bot exited"));
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public int Id => process.Id;

        internal Task<Uri> Listening => listening.Task;

        public Uri BaseUrl => listening.Task.Result;

        /// <summary>Standard output and error so far, interleaved as they came.</summary>
        public string Output
        {
            get { lock (output) return output.ToString(); }
        }

        void Take(string? line)
        {
            if (line is null)
                return;
            lock (output)
                output.AppendLine(line);
            if (ListeningOn().Match(line) is { Success: true } match)
                listening.TrySetResult(new Uri(match.Groups[1].Value));
        }

        /// <summary>Sends a POSIX signal (TERM, INT) the way an init system or `docker stop` does; Process.Kill would be KILL.</summary>
        public void Signal(string name)
        {
            using var kill = Process.Start("kill", ["-" + name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            kill.WaitForExit();
        }

        /// <summary>The exit code once the process has ended, or null when it is still running after <paramref name="timeout"/>.</summary>
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

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
        }

        [GeneratedRegex(@"Now listening on: (http://\S+)")]
        private static partial Regex ListeningOn();
    }
}
