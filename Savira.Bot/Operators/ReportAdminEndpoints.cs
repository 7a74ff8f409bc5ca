using Savira.Bot.Operators.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators;

/// <summary>
/// /admin/api/reports: infrastructure reports and their status (a change is pushed to the citizen); an agency's
/// account sees only its own categories (<see cref="ReportAgencies"/>).
/// </summary>
public static class ReportAdminEndpoints
{
    public static RouteGroupBuilder MapReportAdmin(this RouteGroupBuilder admin)
    {
        var reports = admin.MapGroup("/reports");
        reports.MapGet("/", List);
        reports.MapGet("/{ticket}", Get);
        reports.MapPut("/{ticket}/status", UpdateStatus).Accepts<StatusInput>("application/json");
        return admin;
    }

    static IResult List(HttpContext http, IReportDesk desk, ReportAgencies agencies, string? status = null) =>
        status is not null && !ReportStatuses.All.Contains(status)
            ? AdminJson.Invalid("status", $"Status must be one of: {string.Join(", ", ReportStatuses.All)}.")
            : TypedResults.Ok(desk.List(status).Where(report => agencies.Sees(http.User, report.Category)).ToList());

    static IResult Get(string ticket, HttpContext http, IReportDesk desk, ReportAgencies agencies) =>
        desk.Find(ticket.ToUpperInvariant()) is { } report && agencies.Sees(http.User, report.Category) ? TypedResults.Ok(report) : NotFound(ticket);

    static async Task<IResult> UpdateStatus(string ticket, HttpContext http, HttpRequest request, IReportDesk desk, ReportAgencies agencies, CancellationToken cancellationToken)
    {
        if (desk.Find(ticket.ToUpperInvariant()) is not { } existing || !agencies.Sees(http.User, existing.Category))
            return NotFound(ticket);
        var (input, problem) = await AdminJson.ReadAsync<StatusInput>(request, cancellationToken);
        if (input is null)
            return problem!;

        var errors = new FieldErrors();
        var status = errors.Required("status", input.Status, 20).ToLowerInvariant();
        if (status.Length > 0 && !ReportStatuses.All.Contains(status))
            errors.Add("status", $"Status must be one of: {string.Join(", ", ReportStatuses.All)}.");
        if (input.Note is { Length: > 1000 })
            errors.Add("note", "The field 'note' must be at most 1000 characters.");
        if (errors.Any)
            return errors.ToProblem();

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (await desk.UpdateStatusAsync(ticket.ToUpperInvariant(), status, note, cancellationToken) is not { } report)
            return NotFound(ticket);
        http.RecordChange($"report {report.TicketNumber}", new { existing.Status, existing.StatusNote }, new { report.Status, report.StatusNote });
        return TypedResults.Ok(report);
    }

    static ProblemHttpResult NotFound(string ticket) =>
        TypedResults.Problem($"There is no report with ticket number {ticket}.", statusCode: StatusCodes.Status404NotFound);

    sealed record StatusInput
    {
        public string? Status { get; init; }
        public string? Note { get; init; }
    }
}
