using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Bot.Operators.Access;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Training;

namespace Savira.Bot.Operators;

/// <summary>
/// /admin/api/training/unanswered/groups: the unanswered inbox, grouped by question. A group is made into a knowledge
/// entry, added to an intent's examples, ignored, or brought back from the ignored.
/// </summary>
public static class UnansweredAdminEndpoints
{
    public static RouteGroupBuilder MapUnansweredAdmin(this RouteGroupBuilder training)
    {
        var groups = training.MapGroup("/unanswered/groups");
        groups.MapGet("/", List);
        groups.MapGet("/one", Get);
        groups.MapPost("/ignore", IgnoreAsync).Accepts<GroupRequest>("application/json");
        groups.MapPost("/restore", RestoreAsync).Accepts<GroupRequest>("application/json");
        groups.MapPost("/examples", AddExamplesAsync).Accepts<ExamplesRequest>("application/json");
        groups.MapPost("/entry", MakeEntryAsync).Accepts<EntryRequest>("application/json");
        groups.MapPost("/entry-examples", AddToEntryAsync).Accepts<EntryExamplesRequest>("application/json");
        groups.MapPost("/case", AddCaseAsync).Accepts<CaseRequest>("application/json");
        return training;
    }

    public sealed record GroupRequest(string? Key);

    public sealed record ExamplesRequest(string? Key, string? Intent, List<string?>? Examples);

    public sealed record EntryExamplesRequest(string? Key, long? Entry, List<string?>? Examples);

    /// <summary>A case of suite <c>Suite</c> from the group's most frequent phrasing; <c>Forbid</c> defaults to Savira's fallbacks.</summary>
    public sealed record CaseRequest(string? Key, long? Suite, string? Id, string? Expect, string? Forbid);

    public sealed record EntryRequest(string? Key, string? Intent, string? Question, string? Answer, List<string?>? Examples, string? Source, string? CheckedOn);

    /// <summary>?view=ignored for the ignored groups; ?search= in the key and the phrasings.</summary>
    static IResult List(UnansweredGroups groups, string? view, string? search, string? limit)
    {
        var errors = new FieldErrors();
        var count = errors.Limit("limit", limit, 50, 500);
        if (view is not (null or "open" or "ignored"))
            errors.Add("view", "Tampilan (view) berisi open atau ignored.");
        if (search is { Length: > 100 })
            errors.Add("search", "Kata pencarian (search) paling panjang 100 karakter.");
        return errors.Any ? errors.ToProblem() : TypedResults.Ok(groups.List(view == "ignored", search, count));
    }

    static IResult Get(UnansweredGroups groups, string? key)
    {
        var errors = new FieldErrors();
        var trimmed = KnowledgeFromUnanswered.Key(errors, key);
        if (errors.Any)
            return errors.ToProblem();
        return groups.Find(trimmed) is { } group ? TypedResults.Ok(group) : NotFound();
    }

    static Task<IResult> IgnoreAsync(HttpContext http, UnansweredGroups groups, CancellationToken cancellationToken) =>
        SetIgnoredAsync(http, groups, ignored: true, cancellationToken);

    static Task<IResult> RestoreAsync(HttpContext http, UnansweredGroups groups, CancellationToken cancellationToken) =>
        SetIgnoredAsync(http, groups, ignored: false, cancellationToken);

    static async Task<IResult> SetIgnoredAsync(HttpContext http, UnansweredGroups groups, bool ignored, CancellationToken cancellationToken)
    {
        var (request, problem) = await AdminJson.ReadAsync<GroupRequest>(http.Request, cancellationToken);
        if (request is null)
            return problem!;
        var errors = new FieldErrors();
        var key = KnowledgeFromUnanswered.Key(errors, request.Key);
        if (errors.Any)
            return errors.ToProblem();
        var before = ignored
            ? await groups.IgnoreAsync(key, Actor(http), cancellationToken)
            : await groups.RestoreAsync(key, Actor(http), cancellationToken);
        http.RecordChange($"unanswered {key}", new { Ignored = before.IgnoredAt is not null }, new { Ignored = ignored });
        return TypedResults.Ok(new { key, ignored });
    }

    static async Task<IResult> AddExamplesAsync(HttpContext http, KnowledgeFromUnanswered actions, CancellationToken cancellationToken)
    {
        var (request, problem) = await AdminJson.ReadAsync<ExamplesRequest>(http.Request, cancellationToken);
        if (request is null)
            return problem!;
        var errors = new FieldErrors();
        var key = KnowledgeFromUnanswered.Key(errors, request.Key);
        var intent = KnowledgeFromUnanswered.Intent(errors, request.Intent);
        var examples = KnowledgeFromUnanswered.Examples(errors, request.Examples, required: true);
        if (errors.Any)
            return errors.ToProblem();
        await actions.AddExamplesAsync(key, intent, examples, Actor(http), cancellationToken);
        http.RecordChange($"unanswered {key}", null, new { Handled = $"examples {intent.ToId()}", Examples = examples });
        return TypedResults.Accepted("/admin/api/training/examples?intent=" + intent.ToId(), new { key, intent = intent.ToId(), examples });
    }

    /// <summary>The group's phrasings join an existing entry's examples, as a draft of that entry.</summary>
    static async Task<IResult> AddToEntryAsync(HttpContext http, KnowledgeFromUnanswered actions, CancellationToken cancellationToken)
    {
        var (request, problem) = await AdminJson.ReadAsync<EntryExamplesRequest>(http.Request, cancellationToken);
        if (request is null)
            return problem!;
        var errors = new FieldErrors();
        var key = KnowledgeFromUnanswered.Key(errors, request.Key);
        if (request.Entry is not > 0)
            errors.Add("entry", "Nomor entri pengetahuan (entry) wajib diisi.");
        var examples = KnowledgeFromUnanswered.Examples(errors, request.Examples, required: true, KnowledgeFromUnanswered.MaxQuestion);
        if (errors.Any)
            return errors.ToProblem();
        var (write, before, tooMany) = await actions.AddToEntryAsync(key, request.Entry!.Value, examples, Actor(http), cancellationToken);
        if (tooMany)
            return AdminJson.Invalid("examples", $"Entri itu akan punya lebih dari {KnowledgeFromUnanswered.MaxExamples} contoh pertanyaan; pilih yang paling mewakili.");
        return write.Outcome switch
        {
            FaqOutcome.NotFound => (IResult)TypedResults.Problem($"Tidak ada entri pengetahuan nomor {request.Entry}.", statusCode: StatusCodes.Status404NotFound),
            FaqOutcome.Stale => TypedResults.Problem("Entri itu baru saja diubah orang lain; coba lagi.", statusCode: StatusCodes.Status409Conflict),
            _ => Recorded(http, key, before!, write.Entry),
        };
    }

    static Ok<object> Recorded(HttpContext http, string key, FaqEntry before, FaqEntry? after)
    {
        http.RecordChange($"faq {before.Id}", new { before.Editing.Examples }, new { after?.Editing.Examples });
        http.RecordChange($"unanswered {key}", null, new { Handled = $"faq {before.Id} examples" });
        return TypedResults.Ok<object>(new { key, entry = before.Id, examples = after?.Editing.Examples, draft = true });
    }

    static async Task<IResult> MakeEntryAsync(HttpContext http, KnowledgeFromUnanswered actions, CancellationToken cancellationToken)
    {
        var (request, problem) = await AdminJson.ReadAsync<EntryRequest>(http.Request, cancellationToken);
        if (request is null)
            return problem!;
        var errors = new FieldErrors();
        var key = KnowledgeFromUnanswered.Key(errors, request.Key);
        var content = actions.Entry(errors, request.Intent, request.Question, request.Answer, request.Examples, request.Source, request.CheckedOn);
        if (errors.Any)
            return errors.ToProblem();
        var entry = await actions.MakeEntryAsync(key, content!, Actor(http), cancellationToken);
        http.RecordChange($"faq {entry.Id}", null, entry);
        http.RecordChange($"unanswered {key}", null, new { Handled = $"faq {entry.Id}" });
        return TypedResults.Created($"/admin/api/faq/{entry.Id}", entry);
    }

    static async Task<IResult> AddCaseAsync(HttpContext http, UnansweredGroups groups, Regression.SuiteStore suites, CancellationToken cancellationToken)
    {
        var (request, problem) = await AdminJson.ReadAsync<CaseRequest>(http.Request, cancellationToken);
        if (request is null)
            return problem!;
        var errors = new FieldErrors();
        var key = KnowledgeFromUnanswered.Key(errors, request.Key);
        var suite = request.Suite is { } id ? suites.Find(id) : null;
        if (suite is null)
            errors.Add("suite", "Nomor suite uji (suite) tidak dikenal; lihat GET /admin/api/suites.");
        if (errors.Any)
            return errors.ToProblem();
        if (groups.Find(key) is not { } group)
            return NotFound();
        var save = await suites.AddCaseAsync(suite!, new Regression.SuiteStore.NewCase(request.Id ?? "", [group.Samples[0]], request.Expect,
            request.Forbid ?? Console.UnansweredGroupModel.FallbackPattern, $"Dari kotak belum terjawab ({group.Count} pesan), {Actor(http)}"), Actor(http), cancellationToken);
        if (save.IdTaken)
            return TypedResults.Problem(save.CaseProblems[0], statusCode: StatusCodes.Status409Conflict, title: "Id kasus sudah dipakai",
                extensions: new Dictionary<string, object?> { ["field"] = "id" });
        if (save.Saved is not { } saved)
        {
            foreach (var (field, message) in save.FieldProblems)
                errors.Add(field, message);
            foreach (var message in save.FieldProblems.Count > 0 ? [] : save.Gone ? ["Suite itu sudah dihapus."] : (string[])[.. save.NameProblems, .. save.CaseProblems])
                errors.Add("suite", message);
            return errors.ToProblem();
        }
        http.RecordChange($"suite {saved.Id}", new { suite!.Json }, new { saved.Json });
        return TypedResults.Ok(new { suite = saved.Id, saved.Name, cases = Core.Evaluation.ConversationSuite.Parse(saved.Json, out _).Count });
    }

    /// <summary>Who acted, for the group's record: the staff account, or the API key's holder.</summary>
    public static string Actor(HttpContext http) => http.User.NameOf() is { Length: > 0 } name ? name : "operator";

    static ProblemHttpResult NotFound() =>
        TypedResults.Problem("Tidak ada pesan terbuka dengan kunci kelompok ini.", statusCode: StatusCodes.Status404NotFound);
}
