using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Encodings.Web;
using System.Text.Json;
using Savira.Bot.Operators.Access;
using Savira.Core.Evaluation;

namespace Savira.Bot.Operators.Regression;

/// <summary>
/// /admin/api/suites: the conversation suites the <see cref="RegressionGate"/> runs before a change of the knowledge,
/// as the console's suite page keeps them. A suite is sent as <c>{"name": …, "cases": [ … ]}</c> with the cases in the
/// format of the <c>converse</c> command; one with any problem is refused whole, naming the case and the field.
/// </summary>
public static class SuiteAdminEndpoints
{
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static RouteGroupBuilder MapSuiteAdmin(this RouteGroupBuilder admin)
    {
        var suites = admin.MapGroup("/suites");
        suites.MapGet("/", List);
        suites.MapGet("/{id:long}", Get);
        suites.MapPost("/", Create).Accepts<SuiteRequest>("application/json");
        suites.MapPut("/{id:long}", Update).Accepts<SuiteRequest>("application/json");
        suites.MapDelete("/{id:long}", Delete);
        return admin;
    }

    static Ok<List<SuiteSummary>> List(SuiteStore store) =>
        TypedResults.Ok(store.List().Select(suite => new SuiteSummary(suite.Id, suite.Name, ConversationSuite.Parse(suite.Json, out _).Count, suite.UpdatedAt, suite.UpdatedBy)).ToList());

    static IResult Get(long id, SuiteStore store) => store.Find(id) is { } suite ? TypedResults.Ok(View(suite)) : NotFound(id);

    static Task<IResult> Create(HttpContext http, HttpRequest request, SuiteStore store, CancellationToken cancellationToken) =>
        SaveAsync(null, http, request, store, cancellationToken);

    static async Task<IResult> Update(long id, HttpContext http, HttpRequest request, SuiteStore store, CancellationToken cancellationToken) =>
        store.Find(id) is null ? NotFound(id) : await SaveAsync(id, http, request, store, cancellationToken);

    static async Task<IResult> SaveAsync(long? id, HttpContext http, HttpRequest request, SuiteStore store, CancellationToken cancellationToken)
    {
        var (input, problem) = await AdminJson.ReadAsync<SuiteRequest>(request, cancellationToken);
        if (input is null)
            return problem!;
        var before = id is { } existing ? store.Find(existing) : null;
        var json = input.Cases is { } cases ? JsonSerializer.Serialize(cases, Indented) : "";
        var save = await store.SaveAsync(id, input.Name ?? "", json, http.User.NameOf(), cancellationToken);
        if (save.Gone)
            return NotFound(id!.Value);
        if (save.NameTaken)
            return TypedResults.Problem(save.NameProblems[0], statusCode: StatusCodes.Status409Conflict, title: "Nama suite sudah dipakai",
                extensions: new Dictionary<string, object?> { ["field"] = "name" });
        if (save.Saved is not { } saved)
        {
            var errors = new FieldErrors();
            foreach (var message in save.NameProblems)
                errors.Add("name", message);
            foreach (var message in input.Cases is null ? ["Kirim \"cases\": daftar kasus [{\"id\": …, \"turns\": […], \"expect\": […]}, …]."] : save.CaseProblems)
                errors.Add("cases", message);
            return errors.ToProblem();
        }
        http.RecordChange($"suite {saved.Id}", before is null ? null : new { before.Name, before.Json }, new { saved.Name, saved.Json });
        return id is null ? TypedResults.Created($"/admin/api/suites/{saved.Id}", View(saved)) : TypedResults.Ok(View(saved));
    }

    static async Task<IResult> Delete(long id, HttpContext http, SuiteStore store, CancellationToken cancellationToken)
    {
        if (store.Find(id) is not { } suite || !await store.DeleteAsync(id, cancellationToken))
            return NotFound(id);
        http.RecordChange($"suite {id}", new { suite.Name }, null);
        return TypedResults.NoContent();
    }

    static object View(StoredSuite suite)
    {
        using var cases = JsonDocument.Parse(suite.Json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        return new { suite.Id, suite.Name, Cases = cases.RootElement.Clone(), suite.UpdatedAt, suite.UpdatedBy };
    }

    static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem($"Tidak ada suite uji {id}.", statusCode: StatusCodes.Status404NotFound);

    sealed record SuiteSummary(long Id, string Name, int Cases, DateTimeOffset UpdatedAt, string UpdatedBy);

    sealed record SuiteRequest
    {
        public string? Name { get; init; }

        /// <summary>The cases, as a JSON list (kept as sent).</summary>
        public JsonElement? Cases { get; init; }
    }
}
