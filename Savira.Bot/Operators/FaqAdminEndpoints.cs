using Savira.Bot.Operators.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Bot.Operators;

/// <summary>/admin/api/faq: the knowledge base. Changes are answered from the next message on.</summary>
public static class FaqAdminEndpoints
{
    const int MaxQuestion = 300;
    const int MaxAnswer = 4000;
    const int MaxExamples = 30;
    const int MaxSource = 1000;

    public static RouteGroupBuilder MapFaqAdmin(this RouteGroupBuilder admin)
    {
        var faq = admin.MapGroup("/faq");
        faq.MapGet("/", List);
        faq.MapGet("/{id:long}", Get);
        faq.MapPost("/", Create).Accepts<FaqEntryInput>("application/json");
        faq.MapPut("/{id:long}", Update).Accepts<FaqEntryInput>("application/json");
        faq.MapPost("/{id:long}/deactivate", Deactivate);
        return admin;
    }

    static IResult List(FaqStore store, string? intent = null, string? includeInactive = null)
    {
        var errors = new FieldErrors();
        if (intent is not null && !IntentIds.TryParse(intent, out _))
            errors.Add("intent", $"Unknown intent '{intent}'. Use an id of shared/intents.md, e.g. kependudukan.");
        var all = errors.Flag("includeInactive", includeInactive);
        return errors.Any ? errors.ToProblem() : TypedResults.Ok(store.List(intent?.Trim().ToLowerInvariant(), all));
    }

    static IResult Get(long id, FaqStore store) =>
        store.Find(id) is { } entry ? TypedResults.Ok(entry) : NotFound(id);

    static async Task<IResult> Create(HttpContext http, HttpRequest request, FaqStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (content, problem) = await ReadContentAsync(request, clock, cancellationToken);
        if (content is null)
            return problem!;
        var entry = await store.CreateAsync(content, cancellationToken);
        http.RecordChange($"faq {entry.Id}", null, entry);
        return TypedResults.Created($"/admin/api/faq/{entry.Id}", entry);
    }

    static async Task<IResult> Update(long id, HttpContext http, HttpRequest request, FaqStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (content, problem) = await ReadContentAsync(request, clock, cancellationToken);
        if (content is null)
            return problem!;
        var before = store.Find(id);
        if (await store.UpdateAsync(id, content, cancellationToken) is not { } entry)
            return NotFound(id);
        http.RecordChange($"faq {id}", before, entry);
        return TypedResults.Ok(entry);
    }

    static async Task<IResult> Deactivate(long id, HttpContext http, FaqStore store, CancellationToken cancellationToken)
    {
        var before = store.Find(id);
        if (await store.DeactivateAsync(id, cancellationToken) is not { } entry)
            return NotFound(id);
        http.RecordChange($"faq {id}", new { before?.Active }, new { entry.Active });
        return TypedResults.Ok(entry);
    }

    static async Task<(FaqContent? Content, IResult? Problem)> ReadContentAsync(HttpRequest request, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (input, problem) = await AdminJson.ReadAsync<FaqEntryInput>(request, cancellationToken);
        if (input is null)
            return (null, problem);

        var errors = new FieldErrors();
        var intentId = errors.Required("intent", input.Intent, 40);
        if (intentId.Length > 0 && !IntentIds.TryParse(intentId, out _))
            errors.Add("intent", $"Unknown intent '{intentId}'. Use an id of shared/intents.md, e.g. kependudukan, izin_nakes, npwp.");
        var question = errors.Required("question", input.Question, MaxQuestion);
        var answer = errors.Required("answer", input.Answer, MaxAnswer);
        var examples = input.Examples ?? [];
        if (examples.Count > MaxExamples)
            errors.Add("examples", $"At most {MaxExamples} example questions.");
        for (var i = 0; i < examples.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(examples[i]) || examples[i]!.Trim().Length > MaxQuestion)
                errors.Add($"examples[{i}]", $"Each example question must be 1 to {MaxQuestion} characters.");
        }
        var source = input.Source?.Trim() ?? "";
        if (source.Length > MaxSource)
            errors.Add("source", $"The source may be at most {MaxSource} characters.");
        var checkedOn = errors.Day("checkedOn", input.CheckedOn, "2026-11-01");
        if (checkedOn > Wib.Today(clock.GetUtcNow()))
            errors.Add("checkedOn", "The day the facts were checked cannot be in the future.");
        if (errors.Any)
            return (null, errors.ToProblem());

        return (new FaqContent(intentId.ToLowerInvariant(), question, answer, examples.Select(example => example!.Trim()).ToList(), input.Active ?? true)
        {
            Source = source,
            CheckedOn = checkedOn,
        }, null);
    }

    static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"There is no FAQ entry {id}.", statusCode: StatusCodes.Status404NotFound);

    sealed record FaqEntryInput
    {
        public string? Intent { get; init; }
        public string? Question { get; init; }
        public string? Answer { get; init; }
        public List<string?>? Examples { get; init; }
        public bool? Active { get; init; }
        public string? Source { get; init; }
        public string? CheckedOn { get; init; }
    }
}
