using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Classification;
using Savira.Core.Understanding.Training;

namespace Savira.Bot.Operators;

/// <summary>
/// /admin/api/training: operators read and extend what the matcher learns from. Each change is committed,
/// then the model is retrained in the background and swapped in when complete.
/// </summary>
public static class TrainingAdminEndpoints
{
    const int MaxTextLength = 500;

    public static RouteGroupBuilder MapTrainingAdmin(this RouteGroupBuilder admin)
    {
        var training = admin.MapGroup("/training");
        training.MapGet("/examples", ListExamples);
        training.MapPost("/examples", AddExampleAsync);
        training.MapPost("/lexicon", AddLexiconEntryAsync);
        training.MapGet("/unanswered", ListUnanswered);
        training.MapPost("/retrain", RetrainAsync);
        return admin;
    }

    public sealed record ExampleRequest(string? Text, string? Intent);

    public sealed record LexiconRequest(string? Informal, string? Formal);

    static Ok<IEnumerable<object>> ListExamples(TrainingStore store, string? intent) =>
        TypedResults.Ok(store.Examples()
            .Where(example => intent is null || example.Intent.ToId() == intent)
            .Select(example => (object)new { example.Text, Intent = example.Intent.ToId() }));

    static async Task<Results<Accepted, ValidationProblem>> AddExampleAsync(
        ExampleRequest request, TrainingStore store, IntentModelTraining model, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (text.Length is 0 or > MaxTextLength || text.Contains('\t', StringComparison.Ordinal))
            errors["text"] = [$"Give the example text: 1 to {MaxTextLength} characters, no tabs."];
        var intent = Intent.OutOfScope;
        if (request.Intent is null || !IntentIds.TryParse(request.Intent, out intent))
            errors["intent"] = ["Give one of the intent ids: " + string.Join(", ", IntentIds.All) + "."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        await store.AddExampleAsync(text, intent, "operator", cancellationToken);
        model.RequestRetrain();
        return TypedResults.Accepted("/admin/api/training/examples");
    }

    static async Task<Results<Accepted, ValidationProblem>> AddLexiconEntryAsync(
        LexiconRequest request, TrainingStore store, IntentModelTraining model, CancellationToken cancellationToken)
    {
        var informal = request.Informal?.Trim() ?? "";
        var formal = request.Formal?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (informal.Length is 0 or > 40 || !informal.All(char.IsLetter))
            errors["informal"] = ["Give one word of letters only, as citizens write it (\"pajek\")."];
        if (formal.Length is 0 or > 100 || !formal.All(c => char.IsLetter(c) || c == ' '))
            errors["formal"] = ["Give its standard form: one or more words of letters (\"pajak\")."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        await store.AddLexiconEntryAsync(informal, formal, cancellationToken);
        model.RequestRetrain();
        return TypedResults.Accepted("/admin/api/training/lexicon");
    }

    static Ok<IReadOnlyList<UnansweredMessage>> ListUnanswered(UnansweredMessages unanswered, int? limit) =>
        TypedResults.Ok(unanswered.Open(Math.Clamp(limit ?? 100, 1, 1000)));

    static async Task<Ok<object>> RetrainAsync(IntentModelTraining model, CancellationToken cancellationToken)
    {
        IntentModel trained = await model.RetrainAsync(cancellationToken);
        return TypedResults.Ok((object)new
        {
            model.Generation,
            Examples = trained.ExampleCount,
            Features = trained.FeatureCount,
            TrainingMilliseconds = Math.Round(trained.TrainingTime.TotalMilliseconds),
        });
    }
}
