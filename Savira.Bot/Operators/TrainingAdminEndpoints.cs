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
    public static RouteGroupBuilder MapTrainingAdmin(this RouteGroupBuilder admin)
    {
        var training = admin.MapGroup("/training");
        training.MapGet("/examples", ListExamples);
        training.MapPost("/examples", AddExampleAsync).Accepts<ExampleRequest>("application/json");
        training.MapDelete("/examples/{id:long}", RemoveExampleAsync);
        training.MapGet("/lexicon", ListLexicon);
        training.MapPost("/lexicon", AddLexiconEntryAsync).Accepts<LexiconRequest>("application/json");
        training.MapGet("/unanswered", ListUnanswered);
        training.MapUnansweredAdmin();
        training.MapGet("/status", Status);
        training.MapPost("/retrain", RetrainAsync);
        return admin;
    }

    public sealed record ExampleRequest(string? Text, string? Intent);

    public sealed record LexiconRequest(string? Informal, string? Formal);

    /// <summary>?intent= for one intent's, ?search= for those containing a phrase; with ?limit= the newest that many, with their ids.</summary>
    static IResult ListExamples(TrainingStore store, string? intent, string? search, string? limit)
    {
        if (search is null && limit is null)
            return TypedResults.Ok(store.Examples()
                .Where(example => intent is null || example.Intent.ToId() == intent)
                .Select(example => (object)new { example.Text, Intent = example.Intent.ToId() }));
        var errors = new FieldErrors();
        var count = errors.Limit("limit", limit, 100, 1000);
        Intent? only = intent is null ? null : KnowledgeFromUnanswered.Intent(errors, intent);
        if (search is { Length: > 100 })
            errors.Add("search", "Kata pencarian (search) paling panjang 100 karakter.");
        return errors.Any ? errors.ToProblem() : TypedResults.Ok(store.FindExamples(only, search, count));
    }

    static async Task<IResult> RemoveExampleAsync(long id, HttpContext http, TrainingStore store, IntentModelTraining model, CancellationToken cancellationToken)
    {
        if (await store.RemoveExampleAsync(id, cancellationToken) is not { } removed)
            return TypedResults.Problem($"Tidak ada contoh kalimat dengan id {id}.", statusCode: StatusCodes.Status404NotFound);
        http.RecordChange($"training example {id}", new { removed.Text, removed.Intent }, null);
        model.RequestRetrain();
        return TypedResults.Ok(removed);
    }

    static Ok<IEnumerable<object>> ListLexicon(TrainingStore store) =>
        TypedResults.Ok(store.LexiconEntries().Select(entry => (object)new { entry.Informal, entry.Formal }));

    /// <summary>When the live model was built, whether a rebuild is running or waiting, and how many examples it learns from.</summary>
    static Ok<TrainingState> Status(IntentModelTraining model, TrainingStore store) => TypedResults.Ok(TrainingState.Of(model, store));

    static async Task<Results<Accepted, ProblemHttpResult>> AddExampleAsync(
        HttpContext context, TrainingStore store, IntentModelTraining model, CancellationToken cancellationToken)
    {
        var http = context.Request;
        var (request, problem) = await AdminJson.ReadAsync<ExampleRequest>(http, cancellationToken);
        if (request is null)
            return problem!;
        var errors = new FieldErrors();
        var text = TrainingInput.ExampleText(errors, request.Text);
        var intent = KnowledgeFromUnanswered.Intent(errors, request.Intent);
        if (errors.Any)
            return errors.ToProblem();
        var id = await store.AddExampleAsync(text, intent, UnansweredAdminEndpoints.Actor(context), cancellationToken);
        context.RecordChange($"training example {id}", null, new { Text = text, Intent = intent.ToId() });
        model.RequestRetrain();
        return TypedResults.Accepted("/admin/api/training/examples");
    }

    static async Task<Results<Accepted, ProblemHttpResult>> AddLexiconEntryAsync(
        HttpContext context, TrainingStore store, IntentModelTraining model, CancellationToken cancellationToken)
    {
        var (request, problem) = await AdminJson.ReadAsync<LexiconRequest>(context.Request, cancellationToken);
        if (request is null)
            return problem!;
        var errors = new FieldErrors();
        var (informal, formal) = TrainingInput.LexiconEntry(errors, request.Informal, request.Formal);
        if (errors.Any)
            return errors.ToProblem();
        var before = store.LexiconEntries().Where(entry => entry.Informal == informal).Select(entry => new { entry.Formal }).FirstOrDefault();
        await store.AddLexiconEntryAsync(informal, formal, cancellationToken);
        context.RecordChange($"lexicon {informal}", before, new { Formal = formal });
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
