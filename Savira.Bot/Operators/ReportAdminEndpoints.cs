using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators;

/// <summary>/admin/api/reports: infrastructure reports and their status; the citizen hears of a change on their next message.</summary>
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

    static IResult List(IReportDesk desk, string? status = null) =>
        status is not null && !ReportStatuses.All.Contains(status)
            ? AdminJson.Invalid("status", $"Status must be one of: {string.Join(", ", ReportStatuses.All)}.")
            : TypedResults.Ok(desk.List(status));

    static IResult Get(string ticket, IReportDesk desk) =>
        desk.Find(ticket.ToUpperInvariant()) is { } report ? TypedResults.Ok(report) : NotFound(ticket);

    static async Task<IResult> UpdateStatus(string ticket, HttpRequest request, IReportDesk desk, CancellationToken cancellationToken)
    {
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
        return await desk.UpdateStatusAsync(ticket.ToUpperInvariant(), status, note, cancellationToken) is { } report
            ? TypedResults.Ok(report)
            : NotFound(ticket);
    }

    static ProblemHttpResult NotFound(string ticket) =>
        TypedResults.Problem($"There is no report with ticket number {ticket}.", statusCode: StatusCodes.Status404NotFound);

    sealed record StatusInput
    {
        public string? Status { get; init; }
        public string? Note { get; init; }
    }
}
