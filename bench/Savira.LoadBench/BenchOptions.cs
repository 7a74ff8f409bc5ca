using System.Globalization;

namespace Savira.LoadBench;

internal sealed record BenchOptions
{
    public const string Usage =
        """
        Usage: dotnet run -c Release --project bench/Savira.LoadBench -- [options]
          --concurrency N     concurrent senders per target, each a distinct WhatsApp number (default 64)
          --seconds N         measured seconds per target, over all its slices (default 20)
          --slice N           seconds per measured slice (default 5). With both targets, both servers run at
                              once and take turns in slices, bare full full bare bare full …, so a change in
                              the shared machine's speed falls on both alike; the slice count per target is
                              --seconds / --slice rounded up
          --warmup N          warm-up seconds per target before the first slice, not counted (default 10)
          --max-requests N    stop a target's measurement after this many requests over all its slices (default 5000000)
          --target T          full, bare or both (default both)
          --runs N            repeat the whole measurement N times and report each run and the median (default 1)
          --bot PATH          Savira.Bot.dll to start (default: the Release build beside this repo)
          --keep-db           keep the temp SQLite file and print its path
          --new-word-letters N  append to every message a new random word of N letters (default 0: the plain mix),
                              to see the host's memory stay bounded whatever citizens type
          --idle N            after the measurement, seconds to let the servers idle before the memory is read again (default 0)
          --env KEY=VALUE     an environment variable for both servers (repeatable), e.g. DOTNET_PerfMapEnabled=1
        """;

    public int Concurrency { get; init; } = 64;
    public int Seconds { get; init; } = 20;
    public int SliceSeconds { get; init; } = 5;
    public int WarmupSeconds { get; init; } = 10;
    public long MaxRequests { get; init; } = 5_000_000;
    public string Target { get; init; } = "both";
    public int Runs { get; init; } = 1;
    public string? BotPath { get; init; }
    public bool KeepDatabase { get; init; }
    public int NewWordLetters { get; init; }
    public int IdleSeconds { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; init; } = [];

    public bool RunsBare => Target is "both" or "bare";
    public bool RunsFull => Target is "both" or "full";

    static KeyValuePair<string, string> Variable(string text) =>
        text.Split('=', 2) is [var key, var value] && key.Length > 0
            ? new(key, value)
            : throw new FormatException($"--env wants KEY=VALUE, not {text}");

    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            int Number() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            try
            {
                options = args[i] switch
                {
                    "--concurrency" => options with { Concurrency = Number() },
                    "--seconds" => options with { Seconds = Number() },
                    "--slice" => options with { SliceSeconds = Number() },
                    "--warmup" => options with { WarmupSeconds = Number() },
                    "--max-requests" => options with { MaxRequests = long.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture) },
                    "--target" => options with { Target = Next() },
                    "--runs" => options with { Runs = Number() },
                    "--bot" => options with { BotPath = Next() },
                    "--new-word-letters" => options with { NewWordLetters = Number() },
                    "--idle" => options with { IdleSeconds = Number() },
                    "--keep-db" => options with { KeepDatabase = true },
                    "--env" => options with { Environment = [.. options.Environment, Variable(Next())] },
                    _ => throw new FormatException($"unknown option {args[i]}"),
                };
            }
            catch (FormatException exception)
            {
                Console.Error.WriteLine(exception.Message);
                return null;
            }
        }
        return options.Concurrency < 1 || options.Seconds < 1 || options.SliceSeconds < 1 || options.Runs < 1 || options.Target is not ("both" or "full" or "bare") ? null : options;
    }
}
