using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Knowledge;
using Savira.Bot.Operators.Regression;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Bot.Operators;

/// <summary>
/// /admin/api/faq: the knowledge base. Creating and editing write a draft; citizens are answered from an entry only
/// once it is published (by an admin, or an editor allowed to publish), and from the next message on. Every change may
/// carry the <c>editVersion</c> it was made from: a stale one is a 409 and nothing is written.
/// </summary>
public static class FaqAdminEndpoints
{
    const int MaxNote = 300;

    public static RouteGroupBuilder MapFaqAdmin(this RouteGroupBuilder admin)
    {
        var faq = admin.MapGroup("/faq");
        faq.MapGet("/", List);
        faq.MapGet("/{id:long}", Get);
        faq.MapPost("/", Create).Accepts<KnowledgeDraftInput>("application/json");
        faq.MapPut("/{id:long}", Update).Accepts<KnowledgeDraftInput>("application/json");
        faq.MapPost("/{id:long}/publish", Publish).Accepts<PublishRequest>("application/json");
        faq.MapGet("/{id:long}/versions", Versions);
        faq.MapPost("/{id:long}/rollback", Rollback).Accepts<RollbackRequest>("application/json");
        faq.MapPost("/{id:long}/deactivate", Deactivate).Accepts<DeactivateRequest>("application/json");
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

    static IResult Versions(long id, FaqStore store) =>
        store.Find(id) is null ? NotFound(id) : TypedResults.Ok(store.Versions(id));

    static async Task<IResult> Create(HttpContext http, HttpRequest request, FaqStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (input, problem) = await AdminJson.ReadAsync<KnowledgeDraftInput>(request, cancellationToken);
        if (input is null)
            return problem!;
        var (content, errors) = input.Check(clock.GetUtcNow());
        if (content is null)
            return TypedResults.ValidationProblem(errors);
        var entry = await store.CreateDraftAsync(content, http.User.NameOf(), cancellationToken);
        http.RecordChange($"faq {entry.Id}", null, new { draft = entry.Draft!.Content });
        return TypedResults.Created($"/admin/api/faq/{entry.Id}", entry);
    }

    static async Task<IResult> Update(long id, HttpContext http, HttpRequest request, FaqStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (input, problem) = await AdminJson.ReadAsync<KnowledgeDraftInput>(request, cancellationToken);
        if (input is null)
            return problem!;
        var (content, errors) = input.Check(clock.GetUtcNow());
        if (content is null)
            return TypedResults.ValidationProblem(errors);
        var before = store.Find(id);
        var write = await store.SaveDraftAsync(id, content, input.EditVersion, http.User.NameOf(), cancellationToken);
        if (write.Outcome != FaqOutcome.Done)
            return Refused(id, write.Outcome);
        http.RecordChange($"faq {id}", new { draft = before?.Editing }, new { draft = write.Entry!.Editing });
        return TypedResults.Ok(write.Entry);
    }

    /// <summary>
    /// Publishes the draft once the stored suites are run (<see cref="RegressionGate"/>): a case it would make fail
    /// gives 409 with the list, unless <c>confirm</c> is true; the audit row then names the cases.
    /// </summary>
    static async Task<IResult> Publish(long id, HttpContext http, HttpRequest request, FaqStore store, KnowledgePublishers publishers, RegressionGate gate, CancellationToken cancellationToken)
    {
        var (input, refusal) = await ReadAsPublisherAsync<PublishRequest>(http, request, publishers, cancellationToken);
        if (input is null)
            return refusal!;
        var (broken, unconfirmed) = await GateAsync(gate, id, store.Find(id)?.Draft is not null, KnowledgeChange.Publish(id), input.Confirm, cancellationToken);
        return unconfirmed ?? await PublishingAsync(id, http, store, by => store.PublishAsync(id, input.Note?.Trim() ?? "", input.EditVersion, by, cancellationToken),
            brokenCases: broken);
    }

    /// <summary>Publishes an earlier version's content again, through the same gate as a draft.</summary>
    static async Task<IResult> Rollback(long id, HttpContext http, HttpRequest request, FaqStore store, KnowledgePublishers publishers, RegressionGate gate, CancellationToken cancellationToken)
    {
        var (input, refusal) = await ReadAsPublisherAsync<RollbackRequest>(http, request, publishers, cancellationToken);
        if (input is null)
            return refusal!;
        if (input.Version is not { } version || version < 1)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Sebutkan nomor versi yang ingin diterbitkan lagi (1 atau lebih)."] });
        var (broken, unconfirmed) = await GateAsync(gate, id, store.Versions(id).Any(candidate => candidate.Version == version), KnowledgeChange.Rollback(id, version), input.Confirm, cancellationToken);
        var note = string.IsNullOrWhiteSpace(input.Note) ? $"Kembali ke versi {version}" : input.Note.Trim();
        return unconfirmed ?? await PublishingAsync(id, http, store, by => store.RollbackAsync(id, version, note, input.EditVersion, by, cancellationToken), version, broken);
    }

    /// <summary>
    /// The stored cases <paramref name="change"/> would make fail (none are run when <paramref name="changes"/> is false:
    /// the store will refuse it anyway), and the 409 that lists them unless the caller confirmed.
    /// </summary>
    static async Task<(List<string> Broken, IResult? Unconfirmed)> GateAsync(RegressionGate gate, long id, bool changes, KnowledgeChange change, bool? confirm, CancellationToken cancellationToken)
    {
        var broken = changes ? await gate.CheckAsync(id, change, cancellationToken) : [];
        if (broken.Count == 0 || confirm == true)
            return (broken.Select(item => item.Key).ToList(), null);
        return ([], TypedResults.Problem($"Perubahan ini membuat {broken.Count} kasus uji yang kini lulus menjadi gagal. Kirim lagi dengan \"confirm\": true bila itu disengaja.",
            statusCode: StatusCodes.Status409Conflict, title: "Kasus uji akan gagal",
            extensions: new Dictionary<string, object?> { ["brokenCases"] = broken.Select(item => new { item.Suite, item.CaseId, item.LastTurn, item.Reply, item.Problems }).ToList() }));
    }

    /// <summary>The body of a request that changes what citizens are told, or why it is refused: not a publisher, bad JSON, a long note.</summary>
    static async Task<(T? Input, IResult? Refusal)> ReadAsPublisherAsync<T>(HttpContext http, HttpRequest request, KnowledgePublishers publishers, CancellationToken cancellationToken)
        where T : class, IVersionNote
    {
        if (!publishers.MayPublish(http.User))
            return (null, NotAllowed());
        var (input, problem) = await AdminJson.ReadAsync<T>(request, cancellationToken);
        if (input is null)
            return (null, problem);
        if (input.Note is { Length: > MaxNote })
            return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["note"] = [$"Catatan versi paling banyak {MaxNote} karakter."] }));
        return (input, null);
    }

    /// <summary>Runs a change of what citizens are told and records what they were told before and after it.</summary>
    static async Task<IResult> PublishingAsync(long id, HttpContext http, FaqStore store, Func<string, Task<FaqWrite>> publish, int? version = null, List<string>? brokenCases = null)
    {
        var before = store.Find(id);
        var write = await publish(http.User.NameOf());
        if (write.Outcome != FaqOutcome.Done)
            return Refused(id, write.Outcome, version);
        http.RecordChange($"faq {id}", Live(before), brokenCases is { Count: > 0 } ? new { live = Live(write.Entry!), brokenCases } : Live(write.Entry!));
        return TypedResults.Ok(write.Entry);
    }

    /// <summary>Stops an entry answering, through the same gate as a publish; the body (edit version, confirm) is optional.</summary>
    static async Task<IResult> Deactivate(long id, HttpContext http, HttpRequest request, FaqStore store, KnowledgePublishers publishers, RegressionGate gate, CancellationToken cancellationToken)
    {
        if (!publishers.MayPublish(http.User))
            return NotAllowed();
        var input = new DeactivateRequest();
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0 || request.ContentType is not null) // a declared body is read, and refused if empty
        {
            var (read, problem) = await AdminJson.ReadAsync<DeactivateRequest>(request, cancellationToken);
            if (read is null)
                return problem!;
            input = read;
        }
        var (broken, unconfirmed) = await GateAsync(gate, id, store.Find(id) is { Active: true }, KnowledgeChange.Deactivate(id), input.Confirm, cancellationToken);
        return unconfirmed ?? await PublishingAsync(id, http, store, _ => store.DeactivateAsync(id, input.EditVersion, cancellationToken), brokenCases: broken);
    }

    /// <summary>What citizens are answered from, for the audit row.</summary>
    static object? Live(FaqEntry? entry) => entry is null ? null : new { entry.PublishedVersion, entry.Active, content = entry.PublishedVersion > 0 ? entry.Published : null };

    static ProblemHttpResult NotAllowed() =>
        TypedResults.Problem(KnowledgePublishers.Refusal, statusCode: StatusCodes.Status403Forbidden, title: "Tidak boleh menerbitkan");

    public static string Explain(FaqOutcome outcome, int? version = null) => outcome switch
    {
        FaqOutcome.Stale => "Entri ini sudah diubah orang lain sejak Anda membukanya. Muat ulang untuk melihat versi terbaru, lalu ulangi perubahan Anda.",
        FaqOutcome.NothingToPublish => "Tidak ada draf yang belum terbit pada entri ini.",
        FaqOutcome.NoSuchVersion => $"Entri ini tidak punya versi {version}.",
        _ => "Entri tidak ditemukan.",
    };

    static IResult Refused(long id, FaqOutcome outcome, int? version = null) => outcome switch
    {
        FaqOutcome.NotFound => NotFound(id),
        FaqOutcome.Stale => TypedResults.Problem(Explain(outcome), statusCode: StatusCodes.Status409Conflict, title: "Versi entri sudah berubah"),
        FaqOutcome.NothingToPublish => TypedResults.Problem(Explain(outcome), statusCode: StatusCodes.Status409Conflict, title: "Tidak ada draf"),
        _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [Explain(outcome, version)] }),
    };

    static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"There is no FAQ entry {id}.", statusCode: StatusCodes.Status404NotFound);

    interface IVersionNote
    {
        string? Note { get; }
    }

    sealed record PublishRequest : IVersionNote
    {
        public string? Note { get; init; }
        public long? EditVersion { get; init; }

        /// <summary>Publish even though stored cases would fail (the 409 listed them).</summary>
        public bool? Confirm { get; init; }
    }

    sealed record RollbackRequest : IVersionNote
    {
        public int? Version { get; init; }
        public string? Note { get; init; }
        public long? EditVersion { get; init; }

        /// <summary>Roll back even though stored cases would fail (the 409 listed them).</summary>
        public bool? Confirm { get; init; }
    }

    sealed record DeactivateRequest
    {
        public long? EditVersion { get; init; }

        /// <summary>Deactivate even though stored cases would fail (the 409 listed them).</summary>
        public bool? Confirm { get; init; }
    }
}
