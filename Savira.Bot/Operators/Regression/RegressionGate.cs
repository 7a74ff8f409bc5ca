using System.Diagnostics;
using Savira.Bot.Operators.Simulator;
using Savira.Core.Evaluation;

namespace Savira.Bot.Operators.Regression;

/// <summary>
/// Before what citizens are told changes (a draft published, an earlier version rolled back to, an entry deactivated):
/// runs every stored suite (with the runner of the <c>converse</c> command) on a copy with the knowledge as it is and on
/// a copy with the change applied, side by side, and lists the cases that pass now and would fail after it. A case
/// failing on both is not the change's doing and is not listed.
/// </summary>
public sealed partial class RegressionGate(SuiteStore suites, IServiceProvider live, TimeProvider clock, ILogger<RegressionGate> logger)
{
    public async Task<IReadOnlyList<BrokenCase>> CheckAsync(long entryId, KnowledgeChange change, CancellationToken cancellationToken)
    {
        var cases = suites.List()
            .SelectMany(suite => ConversationSuite.Parse(suite.Json, out _).Select(@case => (Suite: suite.Name, Case: @case)))
            .ToList();
        if (cases.Count == 0)
            return [];

        var watch = Stopwatch.StartNew();
        var run = Guid.NewGuid().ToString("N")[..8];
        var runs = await Task.WhenAll(
            RunAsync(null, cases.Select(item => item.Case).ToList(), run, cancellationToken),
            RunAsync(change, cases.Select(item => item.Case).ToList(), run, cancellationToken));
        var broken = new List<BrokenCase>();
        for (var i = 0; i < cases.Count; i++)
        {
            var (before, after) = (runs[0][i], runs[1][i]);
            if (before.Passed && !after.Passed)
                broken.Add(new BrokenCase(cases[i].Suite, cases[i].Case.Id, cases[i].Case.Turns[^1], after.Reply,
                    [.. after.Missed.Select(pattern => $"tidak memuat: {pattern}"), .. after.Hit.Select(hit => $"memuat yang dilarang: {hit.Pattern} (\"{hit.Match}\")")]));
        }
        LogChecked(logger, entryId, cases.Count, broken.Count, watch.ElapsedMilliseconds);
        return broken;
    }

    async Task<IReadOnlyList<CaseResult>> RunAsync(KnowledgeChange? change, List<ConversationCase> cases, string run, CancellationToken cancellationToken)
    {
        await using var sandbox = await KnowledgeSandbox.CreateAsync(live, change, cancellationToken);
        var runner = new ConversationRunner(sandbox.Assistant, clock);
        var results = new List<CaseResult>(cases.Count);
        for (var i = 0; i < cases.Count; i++)
            results.Add(await runner.RunAsync(cases[i], $"{ConversationRunner.Channel}:{run}:{i + 1}", cancellationToken));
        return results;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Regression gate for faq {EntryId}: {Cases} cases, {Broken} would break, {Milliseconds} ms")]
    static partial void LogChecked(ILogger logger, long entryId, int cases, int broken, long milliseconds);
}
