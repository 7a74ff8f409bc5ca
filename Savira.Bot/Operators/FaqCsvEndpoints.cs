using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Knowledge;
using Savira.Core.Replies;

namespace Savira.Bot.Operators;

/// <summary>
/// /admin/api/faq as CSV: <c>GET export.csv</c> every entry; <c>POST import</c> with a text/csv body is a dry run that
/// says what would be added and changed and every problem by line and column, and with <c>?apply=</c> the dry run's
/// token it saves the changes as drafts, all or nothing (publishing them is a separate step, as for any draft).
/// </summary>
public static class FaqCsvEndpoints
{
    public static RouteGroupBuilder MapFaqCsv(this RouteGroupBuilder admin)
    {
        admin.MapGet("/faq/export.csv", Export);
        // No .Accepts("text/csv"): routing would answer a wrong Content-Type with 415 before access is checked; Import checks it.
        admin.MapPost("/faq/import", Import);
        return admin;
    }

    static FileContentHttpResult Export(KnowledgeImports imports, TimeProvider clock) =>
        TypedResults.File(imports.Export(), "text/csv; charset=utf-8", FileName(clock.GetUtcNow()));

    public static string FileName(DateTimeOffset now) =>
        $"pengetahuan-savira-{Wib.Today(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    static async Task<IResult> Import(HttpContext http, HttpRequest request, KnowledgeImports imports, string? apply, CancellationToken cancellationToken)
    {
        if (!IsUtf8Csv(request.ContentType))
            return TypedResults.Problem("Kirim berkas CSV UTF-8 dengan Content-Type: text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        byte[]? body;
        try
        {
            body = await AdminJson.ReadBodyAsync(request, cancellationToken, KnowledgeImport.MaxBytes);
        }
        catch (BadHttpRequestException exception)
        {
            return AdminJson.Invalid("body", "Isi permintaan tidak terbaca.", exception.StatusCode);
        }
        if (body is null)
            return AdminJson.Invalid("body", $"Berkas paling besar {KnowledgeImport.MaxBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
        if (body.Length == 0 || KnowledgeCsv.FirstNonUtf8Line(body) is not null)
            return AdminJson.Invalid("body", imports.Plan(body).Problems[0].Message);

        if (apply is null)
            return TypedResults.Ok(Report(imports.Plan(body)));
        var applied = await imports.ApplyAsync(body, apply, http.User.NameOf(), cancellationToken);
        switch (applied.Outcome)
        {
            case KnowledgeImports.ImportOutcome.HasProblems:
                var errors = new FieldErrors();
                foreach (var problem in applied.Plan.Problems)
                    errors.Add(problem.Column is null ? $"line {problem.Line}" : $"line {problem.Line} {problem.Column}", problem.Message);
                return errors.ToProblem();
            case KnowledgeImports.ImportOutcome.ChangedSinceDryRun:
                return TypedResults.Problem(KnowledgeImports.ChangedSinceDryRun, statusCode: StatusCodes.Status409Conflict, title: "Berubah sejak uji coba");
        }
        http.RecordChange("faq import", null, applied.Plan.Summary(applied.CreatedIds));
        return TypedResults.Ok(new { applied = true, createdIds = applied.CreatedIds, changedIds = applied.Plan.Changes.Select(change => change.Id) });
    }

    static object Report(KnowledgeImport plan) => new
    {
        added = plan.New.Select(added => new { added.Line, added.Content.Intent, added.Content.Question }),
        changed = plan.Changes.Select(change => new { change.Line, change.Id, change.Columns, change.ReplacesDraft }),
        plan.Unchanged,
        problems = plan.Problems,
        plan.CanApply,
        plan.Token,
    };

    static bool IsUtf8Csv(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || !type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
            return false;
        var charset = type.Charset;
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
