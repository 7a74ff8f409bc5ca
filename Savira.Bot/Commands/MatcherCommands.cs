using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Savira.Bot.Hosting;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Training;

namespace Savira.Bot.Commands;

/// <summary>
/// The matcher's command-line verbs, each on the embedded database with no server:
/// `classify` (stdin lines → intent, confidence, entities), `eval FILE` (accuracy report of a labelled TSV)
/// and `export-training` (every training utterance as that TSV).
/// </summary>
public static class MatcherCommands
{
    static readonly JsonSerializerOptions EntityJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public delegate Task<int> Verb(string[] args, TextReader input, TextWriter output, TextWriter error);

    /// <summary>The verb named <paramref name="name"/>, or null when it is not one of the matcher's.</summary>
    public static Verb? Find(string name) => name switch
    {
        "classify" => ClassifyAsync,
        "eval" => EvalAsync,
        "export-training" => ExportTrainingAsync,
        "knowledge" => KnowledgeAsync,
        _ => null,
    };

    public static async Task<int> ClassifyAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        using var host = await StartAsync(args);
        var matcher = host.Services.GetRequiredService<IIntentMatcher>();
        while (await input.ReadLineAsync() is { } line)
        {
            var understanding = matcher.Match(line);
            var confidence = understanding.Confidence.ToString("0.000", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"{understanding.Intent.ToId()}\t{confidence}\t{JsonSerializer.Serialize(understanding.Entities, EntityJson)}");
        }
        await output.FlushAsync();
        await host.StopAsync();
        return 0;
    }

    /// <summary>
    /// `knowledge`: for each line on stdin, the intent and the three knowledge entries closest to it (score, id,
    /// question), the same search a handler runs — for operators checking which entry answers a question.
    /// </summary>
    public static async Task<int> KnowledgeAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        using var host = await StartAsync(args);
        var matcher = host.Services.GetRequiredService<IIntentMatcher>();
        var retriever = host.Services.GetRequiredService<Savira.Core.Services.Faq.IFaqRetriever>();
        while (await input.ReadLineAsync() is { } line)
        {
            var understanding = matcher.Match(line);
            var domains = string.Join(",", understanding.Domains.Select(domain => domain.ToId()));
            var ranking = string.Join(" ", understanding.Ranking.Take(4).Select(score => $"{score.Intent.ToId()}:{score.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}"));
            await output.WriteLineAsync($"{line}\n  {understanding.Intent.ToId()} {understanding.Confidence.ToString("0.00", CultureInfo.InvariantCulture)} ({ranking}) [{domains}] words: {string.Join(' ', understanding.Words)}");
            foreach (var match in retriever.Search(line, understanding.Intent.IsService() ? understanding.Intent.ToId() : null).Take(3))
                await output.WriteLineAsync($"  {match.Score.ToString("0.00", CultureInfo.InvariantCulture)}  #{match.Entry.Id} {match.Entry.Question}");
        }
        await output.FlushAsync();
        await host.StopAsync();
        return 0;
    }

    public static async Task<int> EvalAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            await error.WriteLineAsync("Usage: eval FILE [--no-cv]   (a TSV with the header \"text<TAB>intent\"; --no-cv skips the 5-fold cross-validation)");
            return 2;
        }
        if (!File.Exists(args[0]))
        {
            await error.WriteLineAsync($"eval: no such file: {args[0]}");
            return 2;
        }

        List<(string Text, Intent Intent)> labelled;
        try
        {
            using var reader = new StreamReader(args[0]);
            labelled = IntentEvaluation.ReadTsv(reader).ToList();
        }
        catch (FormatException exception)
        {
            await error.WriteLineAsync($"eval: {args[0]}: {exception.Message}");
            return 2;
        }

        var crossValidate = !args.Contains("--no-cv");
        using var host = await StartAsync(args[1..].Where(arg => arg != "--no-cv").ToArray());
        var evaluation = IntentEvaluation.Run(host.Services.GetRequiredService<IIntentMatcher>(), labelled);
        await output.WriteAsync(evaluation.Report());
        if (crossValidate)
        {
            // The same figure as `bench … crossval`: k folds over the examples in the database, the whole pipeline retrained per fold.
            var examples = host.Services.GetRequiredService<TrainingStore>().Examples();
            var places = host.Services.GetServices<Savira.Core.Understanding.Entities.INamedPlaceSource>().SelectMany(source => source.Load()).ToList();
            var length = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Savira.Core.Services.Pdam.PdamOptions>>().Value.CustomerNumberLength;
            await output.WriteLineAsync();
            await output.WriteAsync(IntentCrossValidation.Run(examples, places, length).Report());
        }
        await output.FlushAsync();
        await host.StopAsync();
        return 0;
    }

    public static async Task<int> ExportTrainingAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        using var host = SaviraCommandHost.Build(args);
        host.Services.GetRequiredService<Savira.Core.Data.DatabaseMigrator>().Migrate();
        await output.WriteLineAsync("text\tintent");
        foreach (var example in host.Services.GetRequiredService<TrainingStore>().Examples())
            await output.WriteLineAsync($"{OneLine(example.Text)}\t{example.Intent.ToId()}");
        await output.FlushAsync();
        return 0;
    }

    static async Task<IHost> StartAsync(string[] args)
    {
        var host = SaviraCommandHost.Build(args);
        await host.StartAsync(); // migrations, then the first model is trained
        return host;
    }

    static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
