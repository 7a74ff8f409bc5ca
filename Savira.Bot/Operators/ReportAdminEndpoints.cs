using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators;

/// <summary>
/// /admin/api/reports: infrastructure reports, their stage (a change is pushed to the citizen), history and agency; an
/// agency's account sees only the reports its agency holds (<see cref="ReportAgencies"/>) and never the reporter's number.
/// </summary>
public static class ReportAdminEndpoints
{
    public static RouteGroupBuilder MapReportAdmin(this RouteGroupBuilder admin)
    {
        var reports = admin.MapGroup("/reports");
        reports.MapGet("/", List);
        reports.MapGet("/{ticket}", Get);
        reports.MapGet("/{ticket}/history", History);
        reports.MapPut("/{ticket}/status", UpdateStatus).Accepts<StatusInput>("application/json");
        reports.MapPost("/{ticket}/agency", Reassign).Accepts<AgencyInput>("application/json");
        return admin;
    }

    static IResult List(HttpContext http, IReportDesk desk, ReportAgencies agencies, ReportDeadlines deadlines, string? status = null, string? overdue = null)
    {
        var stage = ReportStages.Parse(status);
        if (status is not null && stage is null)
            return AdminJson.Invalid("status", $"Status must be one of: {string.Join(", ", ReportStages.All)}.");
        if (overdue is not (null or "true" or "false"))
            return AdminJson.Invalid("overdue", "overdue must be true or false.");
        var onlyOverdue = overdue == "true";
        var today = deadlines.Now();
        return TypedResults.Ok(desk.List(stage)
            .Where(report => agencies.Sees(http.User, report) && (!onlyOverdue || deadlines.IsOverdue(report, today)))
            .Select(report => ReportAgencies.ForReader(http.User, report)).ToList());
    }

    static IResult Get(string ticket, HttpContext http, IReportDesk desk, ReportAgencies agencies) =>
        Visible(ticket, http, desk, agencies) is { } report ? TypedResults.Ok(ReportAgencies.ForReader(http.User, report)) : NotFound(ticket);

    static IResult History(string ticket, HttpContext http, IReportDesk desk, ReportAgencies agencies) =>
        Visible(ticket, http, desk, agencies) is { } report ? TypedResults.Ok(desk.History(report.TicketNumber)) : NotFound(ticket);

    static async Task<IResult> UpdateStatus(string ticket, HttpContext http, HttpRequest request, IReportDesk desk, ReportAgencies agencies, CancellationToken cancellationToken)
    {
        if (Visible(ticket, http, desk, agencies) is not { } existing)
            return NotFound(ticket);
        var (input, problem) = await AdminJson.ReadAsync<StatusInput>(request, cancellationToken);
        if (input is null)
            return problem!;

        var errors = new FieldErrors();
        var typed = errors.Required("status", input.Status, 20);
        var stage = ReportStages.Parse(typed);
        if (typed.Length > 0 && stage is null)
            errors.Add("status", $"Status must be one of: {string.Join(", ", ReportStages.All)}.");
        if (input.Note is { Length: > 1000 })
            errors.Add("note", "The field 'note' must be at most 1000 characters.");
        if (input.Kelurahan is { Length: > 80 })
            errors.Add("kelurahan", "The field 'kelurahan' must be at most 80 characters.");
        byte[]? photo = null;
        if (input.Photo is not null && (!TryBase64(input.Photo, out photo) || SqliteReportDesk.PhotoProblem(photo, agencies.Settings.MaxPhotoBytes) is not null))
            errors.Add("photo", "The field 'photo' must be a JPEG, PNG, WebP or GIF image in base64, at most 5 MB.");
        if (input.Kecamatan is not null && SemarangAreas.FindKecamatan(input.Kecamatan) is null)
            errors.Add("kecamatan", $"The field 'kecamatan' must be one of: {string.Join(", ", SemarangAreas.Kecamatan)}.");
        if (errors.Any)
            return errors.ToProblem();

        var result = await desk.ChangeStageAsync(new StageChange
        {
            Ticket = existing.TicketNumber, Stage = stage!, Note = input.Note, Actor = Actor(http),
            CompletionPhoto = photo, Kecamatan = input.Kecamatan, Kelurahan = input.Kelurahan,
        }, cancellationToken);
        if (result.Outcome == DeskOutcome.Changed)
            http.RecordChange($"report {existing.TicketNumber}", new { existing.Status, existing.StatusNote }, new { result.Report!.Status, result.Report.StatusNote });
        return Answer(result, ticket, http);
    }

    static async Task<IResult> Reassign(string ticket, HttpContext http, HttpRequest request, IReportDesk desk, ReportAgencies agencies, CancellationToken cancellationToken)
    {
        if (Visible(ticket, http, desk, agencies) is not { } existing)
            return NotFound(ticket);
        var (input, problem) = await AdminJson.ReadAsync<AgencyInput>(request, cancellationToken);
        if (input is null)
            return problem!;
        var errors = new FieldErrors();
        var agency = errors.Required("agency", input.Agency, 40);
        var note = errors.Required("note", input.Note, 1000);
        if (errors.Any)
            return errors.ToProblem();

        var result = await desk.ReassignAsync(new Reassignment { Ticket = existing.TicketNumber, Agency = agency, Note = note, Actor = Actor(http) }, cancellationToken);
        if (result.Outcome == DeskOutcome.Changed)
            http.RecordChange($"report {existing.TicketNumber}", new { existing.Agency }, new { result.Report!.Agency, Note = note });
        return Answer(result, ticket, http);
    }

    static IResult Answer(DeskResult result, string ticket, HttpContext http) => result.Outcome switch
    {
        DeskOutcome.NotFound => NotFound(ticket),
        DeskOutcome.Refused when result.Field is "status" or "agency" =>
            TypedResults.Problem(result.Problem, statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["field"] = result.Field }),
        DeskOutcome.Refused => AdminJson.Invalid(result.Field ?? "status", result.Problem!),
        _ => TypedResults.Ok(ReportAgencies.ForReader(http.User, result.Report!)),
    };

    static InfrastructureReport? Visible(string ticket, HttpContext http, IReportDesk desk, ReportAgencies agencies) =>
        desk.Find(ticket.ToUpperInvariant()) is { } report && agencies.Sees(http.User, report) ? report : null;

    static string Actor(HttpContext http) => http.User.NameOf() is { Length: > 0 } name ? name : "api";

    static bool TryBase64(string text, out byte[]? bytes)
    {
        var buffer = new byte[text.Length * 3 / 4 + 3];
        var ok = Convert.TryFromBase64String(text, buffer, out var written);
        bytes = ok ? buffer[..written] : null;
        return ok;
    }

    static ProblemHttpResult NotFound(string ticket) =>
        TypedResults.Problem($"There is no report with ticket number {ticket}.", statusCode: StatusCodes.Status404NotFound);

    sealed record StatusInput
    {
        public string? Status { get; init; }
        public string? Note { get; init; }
        public string? Photo { get; init; } // base64; required for selesai
        public string? Kecamatan { get; init; }
        public string? Kelurahan { get; init; }
    }

    sealed record AgencyInput
    {
        public string? Agency { get; init; }
        public string? Note { get; init; }
    }
}
