using Savira.Bot.Operators.Access;
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
        training.MapPost("/examples", AddExampleAsync).Accepts<ExampleRequest>("application/json");
        training.MapPost("/lexicon", AddLexiconEntryAsync).Accepts<LexiconRequest>("application/json");
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

    static async Task<Results<Accepted, ProblemHttpResult>> AddExampleAsync(
        HttpRequest http, TrainingStore store, IntentModelTraining model, CancellationToken cancellationToken)
    {
        var (request, problem) = await AdminJson.ReadAsync<ExampleRequest>(http, cancellationToken);
        if (request is null)
            return problem!;
        var text = request.Text?.Trim() ?? "";
        var errors = new FieldErrors();
        if (text.Length is 0 or > MaxTextLength || text.Contains('\t', StringComparison.Ordinal))
            errors.Add("text", $"Give the example text: 1 to {MaxTextLength} characters, no tabs.");
        var intent = Intent.OutOfScope;
        if (request.Intent is null || !IntentIds.TryParse(request.Intent, out intent))
            errors.Add("intent", "Give one of the intent ids: " + string.Join(", ", IntentIds.All) + ".");
        if (errors.Any)
            return errors.ToProblem();
        await store.AddExampleAsync(text, intent, "operator", cancellationToken);
        model.RequestRetrain();
        return TypedResults.Accepted("/admin/api/training/examples");
    }

    static async Task<Results<Accepted, ProblemHttpResult>> AddLexiconEntryAsync(
        HttpRequest http, TrainingStore store, IntentModelTraining model, CancellationToken cancellationToken)
    {
        var (request, problem) = await AdminJson.ReadAsync<LexiconRequest>(http, cancellationToken);
        if (request is null)
            return problem!;
        var informal = request.Informal?.Trim() ?? "";
        var formal = request.Formal?.Trim() ?? "";
        var errors = new FieldErrors();
        if (informal.Length is 0 or > 40 || !informal.All(char.IsLetter))
            errors.Add("informal", "Give one word of letters only, as citizens write it (\"pajek\").");
        if (formal.Length is 0 or > 100 || !formal.All(c => char.IsLetter(c) || c == ' '))
            errors.Add("formal", "Give its standard form: one or more words of letters (\"pajak\").");
        if (errors.Any)
            return errors.ToProblem();
        await store.AddLexiconEntryAsync(informal, formal, cancellationToken);
        model.RequestRetrain();
        return TypedResults.Accepted("/admin/api/training/lexicon");
    }

    static Results<Ok<IReadOnlyList<UnansweredMessage>>, ProblemHttpResult> ListUnanswered(UnansweredMessages unanswered, string? limit)
    {
        var errors = new FieldErrors();
        var count = errors.Limit("limit", limit, 100, 1000);
        return errors.Any ? errors.ToProblem() : TypedResults.Ok(unanswered.Open(count));
    }

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
