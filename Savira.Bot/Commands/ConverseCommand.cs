using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Savira.Bot.Hosting;
using Savira.Core.Data;
using Savira.Core.Evaluation;

namespace Savira.Bot.Commands;

/// <summary>
/// `converse FILE [--fresh] [--at TIME] [--all]`: runs a conversation suite (shared/eval/CONVERSATIONS.md)
/// through the real engine, each case as a new citizen, on a copy of the configured database (so the
/// knowledge operators edited is what answers, and nothing is written to the live file); `--fresh` uses a
/// newly seeded database instead. Prints every failed case, the pass rate per service and per probe, and
/// last `conversations: N/M pass`. Exit code 0 when the suite ran, 2 when it could not be read.
/// </summary>
public static class ConverseCommand
{
    const string Usage = "Usage: converse FILE [--fresh] [--at 2026-12-01T09:00+07:00] [--all]";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (Arguments.Read(args) is not { } arguments)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        if (!File.Exists(arguments.File))
        {
            await error.WriteLineAsync($"converse: no such file: {arguments.File}");
            return 2;
        }

        string json;
        try
        {
            json = await File.ReadAllTextAsync(arguments.File, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            await error.WriteLineAsync($"converse: {arguments.File} is not UTF-8 text");
            return 2;
        }
        var cases = ConversationSuite.Parse(json, out var problems);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                await error.WriteLineAsync($"converse: {arguments.File}: {problem}");
            return 2;
        }

        var folder = Path.Combine(Path.GetTempPath(), "savira-converse", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var copy = Path.Combine(folder, "savira.db");
            if (!arguments.Fresh)
                CopyLiveDatabase(arguments.Rest, copy);
            // The citizens' log lines would drown the report; warnings and errors still reach standard error.
            var hostArgs = arguments.Rest.Prepend("--Logging:LogLevel:Default=Warning").Append($"--Savira:Database:Path={copy}").ToArray();
            var clock = arguments.At is { } at ? new ShiftedClock(at) : TimeProvider.System;
            using var host = SaviraCommandHost.Build(hostArgs, services => services.AddSingleton(clock));
            await host.StartAsync();
            var runner = new ConversationRunner(host.Services.GetRequiredService<Savira.Core.Assistant>(), clock);

            var results = new List<CaseResult>();
            var run = Guid.NewGuid().ToString("N")[..8];
            for (var i = 0; i < cases.Count; i++)
            {
                var result = await runner.RunAsync(cases[i], $"{ConversationRunner.Channel}:{run}:{i + 1}", CancellationToken.None);
                results.Add(result);
                if (!result.Passed || arguments.All)
                    await output.WriteAsync(Describe(result));
            }
            await output.WriteAsync(Summary(results));
            await host.StopAsync();
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } // a temp copy; the OS cleans up otherwise
        }
    }

    /// <summary>SQLite's online backup of the configured database, so a running bot is not disturbed.</summary>
    static void CopyLiveDatabase(string[] hostArgs, string copy)
    {
        using var probe = SaviraCommandHost.Build(hostArgs);
        DatabaseCopy.Backup(probe.Services.GetRequiredService<Database>().FilePath, copy);
    }

    static string Describe(CaseResult result)
    {
        var text = new StringBuilder();
        var @case = result.Case;
        text.AppendLine(CultureInfo.InvariantCulture, $"{(result.Passed ? "PASS" : "FAIL")} {@case.Id} [{@case.Service}/{@case.Probe}]");
        text.AppendLine(CultureInfo.InvariantCulture, $"  last turn: {@case.Turns[^1]}");
        text.AppendLine("  reply:");
        foreach (var line in (result.Reply.Length == 0 ? "(no reply)" : result.Reply).Split('\n'))
            text.AppendLine("    " + line);
        foreach (var pattern in result.Missed)
            text.AppendLine(CultureInfo.InvariantCulture, $"  missed expect: {pattern}");
        foreach (var (pattern, match) in result.Hit)
            text.AppendLine(CultureInfo.InvariantCulture, $"  hit forbid: {pattern}  (matched \"{match}\")");
        if (!result.Passed && @case.Note.Length > 0)
            text.AppendLine(CultureInfo.InvariantCulture, $"  note: {@case.Note}");
        text.AppendLine();
        return text.ToString();
    }

    static string Summary(List<CaseResult> results)
    {
        var text = new StringBuilder();
        foreach (var (title, key) in new (string, Func<ConversationCase, string>)[] { ("service", c => c.Service), ("probe", c => c.Probe) })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"by {title}:");
            foreach (var group in results.GroupBy(result => key(result.Case)).OrderBy(group => group.Key, StringComparer.Ordinal))
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(group.Key.Length == 0 ? "(none)" : group.Key),-14} {group.Count(r => r.Passed)}/{group.Count()}");
        }
        var failed = results.Where(result => !result.Passed).Select(result => result.Case.Id).ToList();
        if (failed.Count > 0)
            text.AppendLine("failed: " + string.Join(' ', failed));
        text.AppendLine(CultureInfo.InvariantCulture, $"conversations: {results.Count(result => result.Passed)}/{results.Count} pass");
        return text.ToString();
    }

    sealed record Arguments(string File, bool Fresh, DateTimeOffset? At, bool All, string[] Rest)
    {
        public static Arguments? Read(string[] args)
        {
            string? file = null;
            bool fresh = false, all = false;
            DateTimeOffset? at = null;
            var rest = new List<string>();
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--fresh":
                        fresh = true;
                        break;
                    case "--all":
                        all = true;
                        break;
                    case "--at" when i + 1 < args.Length:
                        if (!DateTimeOffset.TryParse(args[++i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                            return null;
                        at = parsed;
                        break;
                    case var other when other.StartsWith("--", StringComparison.Ordinal):
                        rest.Add(other); // a configuration override for the host, e.g. --Savira:Faq:MinimumScore=0.4
                        break;
                    case var other when file is null:
                        file = other;
                        break;
                    default:
                        return null;
                }
            }
            return file is null ? null : new Arguments(file, fresh, at, all, rest.ToArray());
        }
    }

    /// <summary>The system clock moved to start at a given instant, so a suite can be run "at 09.00 on a Monday".</summary>
    sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
    {
        readonly TimeSpan offset = start - TimeProvider.System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;
    }
}
