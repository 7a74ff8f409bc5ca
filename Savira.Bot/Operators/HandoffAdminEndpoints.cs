using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Savira.Bot.Channels.Twilio;
using Savira.Bot.Operators.Access;
using Savira.Core.Privacy;
using Savira.Core.Services.Handoff;

namespace Savira.Bot.Operators;

/// <summary>
/// /admin/api/handoffs: citizens waiting for an officer or held by one, with their conversation; an officer claims
/// one, replies (pushed to the citizen through the outbox; outside WhatsApp's 24-hour window only the approved
/// template), transfers it to another service or officer, and returns it to the bot. The officer is the caller's
/// account's name (with the configured operators' key, which has no account, the <c>X-Officer</c> header).
/// </summary>
public static partial class HandoffAdminEndpoints
{
    public const string OfficerHeader = "X-Officer";
    const string DefaultOfficer = "admin-api";
    const int TranscriptLines = 30;
    const int EarlierLines = 10;
    const int MaxReplyLength = 1500;

    public static RouteGroupBuilder MapHandoffAdmin(this RouteGroupBuilder admin)
    {
        var handoffs = admin.MapGroup("/handoffs");
        handoffs.MapGet("/", List);
        handoffs.MapGet("/{id:long}", Get);
        handoffs.MapPost("/{id:long}/claim", Claim);
        handoffs.MapPost("/{id:long}/messages", Reply).Accepts<ReplyInput>("application/json");      // 409 held by another officer, or free text outside the window
        handoffs.MapPost("/{id:long}/transfer", Transfer).Accepts<TransferInput>("application/json");
        handoffs.MapPost("/{id:long}/release", Release);
        return admin;
    }

    static Ok<List<HandoffView>> List(HttpContext http, IHandoffDesk desk, TimeProvider clock, string? service = null) =>
        TypedResults.Ok(desk.Open()
            .Where(handoff => Sees(http.User, handoff))
            .Where(handoff => service is null || string.Equals(handoff.Service, service, StringComparison.OrdinalIgnoreCase))
            .Select(handoff => View(handoff, desk, clock.GetUtcNow()))
            .ToList());

    static IResult Get(long id, HttpContext http, IHandoffDesk desk, TimeProvider clock) =>
        desk.Find(id) is { } handoff && Sees(http.User, handoff) ? TypedResults.Ok(View(handoff, desk, clock.GetUtcNow())) : NotFound(id);

    /// <summary>
    /// An officer whose account has a scope (comma-separated service ids, e.g. "pbb,pkb") sees only those services'
    /// handoffs; another's is "not found", whatever its id. Every other role allowed here sees all.
    /// </summary>
    public static bool Sees(System.Security.Claims.ClaimsPrincipal user, HandoffRequest handoff) =>
        user.RoleOf() != Accounts.StaffRole.Officer || user.ScopeOf() is not { Length: > 0 } scope
        || scope.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(handoff.Service, StringComparer.OrdinalIgnoreCase);

    /// <summary>404 for an unknown handoff or one outside the caller's scope.</summary>
    static ProblemHttpResult? Hidden(long id, HttpContext http, IHandoffDesk desk) =>
        desk.Find(id) is { } handoff && Sees(http.User, handoff) ? null : NotFound(id);

    static async Task<IResult> Claim(long id, HttpContext http, IHandoffDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Officer(http, out var officer) is { } bad)
            return bad;
        if (Hidden(id, http, desk) is { } hidden)
            return hidden;
        var before = desk.Find(id)!;
        return Answer(id, await desk.ClaimAsync(id, officer, cancellationToken), desk, clock, http, before);
    }

    static async Task<IResult> Reply(long id, HttpContext http, IHandoffDesk desk, TimeProvider clock, IOptions<OutboxSenderOptions> outbox,
        CancellationToken cancellationToken)
    {
        if (Officer(http, out var officer) is { } bad)
            return bad;
        if (Hidden(id, http, desk) is { } hidden)
            return hidden;
        var before = desk.Find(id)!;
        var (input, problem) = await AdminJson.ReadAsync<ReplyInput>(http.Request, cancellationToken);
        if (input is null)
            return problem!;
        var idempotencyKey = http.Request.Headers["Idempotency-Key"].ToString();
        if (idempotencyKey.Length > 100)
            return AdminJson.Invalid("Idempotency-Key", "The Idempotency-Key header must be at most 100 characters.");

        var useTemplate = input.Template == true;
        var errors = new FieldErrors();
        string? text = null;
        if (useTemplate && input.Text is not null)
        {
            errors.Add("text", "Send either 'text' or \"template\": true, not both.");
            errors.Add("template", "Send either 'text' or \"template\": true, not both.");
        }
        else if (!useTemplate)
            text = errors.Required("text", input.Text, MaxReplyLength);
        if (errors.Any)
            return errors.ToProblem();
        if (useTemplate && outbox.Value.TemplateFor(Core.Outbox.OutboxMessage.NoticeTemplate).Length == 0)
            return TypedResults.Problem("No approved WhatsApp template is configured (Savira:Outbox:NoticeTemplateContentSid or Savira:Outbox:TemplateContentSid).",
                statusCode: StatusCodes.Status409Conflict, title: "No template");

        var result = await desk.ReplyAsync(id, officer, text, useTemplate, idempotencyKey.Length == 0 ? null : idempotencyKey, cancellationToken);
        if (result.Outcome != DeskOutcome.Done)
            return Answer(id, result, desk, clock, http, before);
        RecordChange(http, before, result);
        return TypedResults.Accepted($"/admin/api/handoffs/{id}", new { handoff = View(result.Handoff!, desk, clock.GetUtcNow()), message = result.Line });
    }

    static async Task<IResult> Transfer(long id, HttpContext http, IHandoffDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Officer(http, out var officer) is { } bad)
            return bad;
        if (Hidden(id, http, desk) is { } hidden)
            return hidden;
        var before = desk.Find(id)!;
        var (input, problem) = await AdminJson.ReadAsync<TransferInput>(http.Request, cancellationToken);
        if (input is null)
            return problem!;
        var errors = new FieldErrors();
        var service = string.IsNullOrWhiteSpace(input.Service) ? null : input.Service.Trim().ToLowerInvariant();
        var to = string.IsNullOrWhiteSpace(input.Officer) ? null : input.Officer.Trim();
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (service is null && to is null)
            errors.Add("service", "Give the 'service' or the 'officer' to transfer the conversation to.");
        if (service is not null && !IsService(service))
            errors.Add("service", "The field 'service' must be a service id such as 'pbb', 'pdam', 'rsud', or 'umum'.");
        if (to is { Length: > 64 })
            errors.Add("officer", "The field 'officer' must be at most 64 characters.");
        if (note is { Length: > 1000 })
            errors.Add("note", "The field 'note' must be at most 1000 characters.");
        if (errors.Any)
            return errors.ToProblem();
        return Answer(id, await desk.TransferAsync(id, officer, service, to, note, cancellationToken), desk, clock, http, before);
    }

    static async Task<IResult> Release(long id, HttpContext http, IHandoffDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Officer(http, out var officer) is { } bad)
            return bad;
        if (Hidden(id, http, desk) is { } hidden)
            return hidden;
        var before = desk.Find(id)!;
        return Answer(id, await desk.ReleaseAsync(id, officer, cancellationToken), desk, clock, http, before);
    }

    /// <summary>The audit's before/after of a handoff action: who held it, who it was given to, its state and service.</summary>
    public static void RecordChange(HttpContext http, HandoffRequest before, DeskResult result)
    {
        if (result.Outcome == DeskOutcome.Done && result.Handoff is { } after)
            http.RecordChange($"handoff {before.Id}", Summary(before), Summary(after));
    }

    static object Summary(HandoffRequest handoff) => new { handoff.State, handoff.Service, handoff.HeldBy, handoff.AssignedTo };

    static IResult Answer(long id, DeskResult result, IHandoffDesk desk, TimeProvider clock, HttpContext http, HandoffRequest before)
    {
        RecordChange(http, before, result);
        return Answer(id, result, desk, clock);
    }

    static IResult Answer(long id, DeskResult result, IHandoffDesk desk, TimeProvider clock) => result.Outcome switch
    {
        DeskOutcome.Done => TypedResults.Ok(View(result.Handoff!, desk, clock.GetUtcNow())),
        DeskOutcome.NotFound => NotFound(id),
        DeskOutcome.Closed => Conflict($"Handoff {id} is {result.Handoff!.State}: it was returned to the bot or closed.", "Handoff ended"),
        DeskOutcome.HeldByOther => Conflict($"Handoff {id} is held by {result.HeldBy}; only they can act on it (or transfer it).", "Held by another officer"),
        DeskOutcome.AssignedToOther => Conflict($"Handoff {id} was transferred to {result.HeldBy}; only they can claim it.", "Assigned to another officer"),
        DeskOutcome.OutsideWindow => Conflict(
            $"The citizen last wrote more than 24 hours ago: WhatsApp allows only the approved template now. Send {{\"template\": true}} (Savira:Outbox:TemplateContentSid with its variables); once the citizen answers, free text is allowed again.",
            "Outside WhatsApp's 24-hour window"),
        _ => Conflict("The handoff cannot take this action now.", "Conflict"),
    };

    /// <summary>What an officer sees: masked number, waiting time, the 24-hour window, the conversation before and since.</summary>
    public static HandoffView View(HandoffRequest handoff, IHandoffDesk desk, DateTimeOffset now)
    {
        DateTimeOffset? windowClosesAt = handoff.Channel == "whatsapp" && handoff.LastCitizenAt is { } last ? last + SqliteHandoffDesk.WhatsAppWindow : null;
        return new HandoffView
        {
            Id = handoff.Id,
            State = handoff.State,
            Service = handoff.Service,
            Channel = handoff.Channel,
            Citizen = Mask.Phone(handoff.Sender),
            RequestText = MaskText(handoff.RequestText),
            RequestedAt = handoff.RequestedAt,
            WaitingMinutes = handoff.State == HandoffStates.Waiting ? (int)Math.Max(0, (now - handoff.RequestedAt).TotalMinutes) : null,
            ClaimDueAt = handoff.ClaimDueAt,
            Overdue = handoff.State == HandoffStates.Waiting && now >= handoff.ClaimDueAt,
            HeldBy = handoff.HeldBy,
            HeldAt = handoff.HeldAt,
            AssignedTo = handoff.AssignedTo,
            LastCitizenAt = handoff.LastCitizenAt,
            WindowClosesAt = windowClosesAt,
            WindowMinutesLeft = windowClosesAt is { } closes ? (int)Math.Max(0, (closes - now).TotalMinutes) : null,
            ReleasedAt = handoff.ReleasedAt,
            ReleasedBy = handoff.ReleasedBy,
            Earlier = desk.Transcript(handoff.Id, EarlierLines).Select(line => line with { Text = MaskText(line.Text) }).ToList(),
            Transcript = desk.Lines(handoff.Id, TranscriptLines).Select(line => line with { Text = MaskText(line.Text) }).ToList(),
        };
    }

    /// <summary>Long digit runs (NIK, phone and account numbers) keep their last four digits in staff views.</summary>
    static string MaskText(string text) => LongNumber().Replace(text, match => new string('*', match.Length - 4) + match.Value[^4..]);

    [GeneratedRegex(@"(?<!\d)\d{10,}(?!\d)")]
    private static partial Regex LongNumber();

    static bool IsService(string service) =>
        service == "umum" || Core.Understanding.IntentIds.TryParse(service, out var intent) && Core.Understanding.ServiceIntents.IsService(intent);

    /// <summary>
    /// The officer acting: the account's name for a staff token or sign-in; for the configured operators' key (no
    /// account) the X-Officer header, else the key's own name.
    /// </summary>
    static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Officer(HttpContext http, out string officer)
    {
        var name = http.User.NameOf();
        officer = http.User.AccountIdOf() is null && http.Request.Headers[OfficerHeader].ToString().Trim() is { Length: > 0 } header ? header : name;
        if (officer.Length == 0)
            officer = DefaultOfficer;
        return officer.Length > 64 || officer.Any(char.IsControl)
            ? AdminJson.Invalid(OfficerHeader, $"The {OfficerHeader} header must be a name of at most 64 characters.")
            : null;
    }

    static ProblemHttpResult NotFound(long id) => TypedResults.Problem($"There is no handoff {id}.", statusCode: StatusCodes.Status404NotFound);

    static ProblemHttpResult Conflict(string detail, string title) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    sealed record ReplyInput
    {
        public string? Text { get; init; }
        public bool? Template { get; init; }
    }

    sealed record TransferInput
    {
        public string? Service { get; init; }
        public string? Officer { get; init; }
        public string? Note { get; init; }
    }

    public sealed record HandoffView
    {
        public required long Id { get; init; }
        public required string State { get; init; }
        public required string Service { get; init; }
        public required string Channel { get; init; }
        public required string Citizen { get; init; }
        public required string RequestText { get; init; }
        public required DateTimeOffset RequestedAt { get; init; }
        public int? WaitingMinutes { get; init; }
        public required DateTimeOffset ClaimDueAt { get; init; }
        public bool Overdue { get; init; }
        public string? HeldBy { get; init; }
        public DateTimeOffset? HeldAt { get; init; }
        public string? AssignedTo { get; init; }
        public DateTimeOffset? LastCitizenAt { get; init; }
        public DateTimeOffset? WindowClosesAt { get; init; }
        public int? WindowMinutesLeft { get; init; }
        public DateTimeOffset? ReleasedAt { get; init; }
        public string? ReleasedBy { get; init; }
        public required IReadOnlyList<TranscriptLine> Earlier { get; init; }
        public required IReadOnlyList<HandoffLine> Transcript { get; init; }
    }
}
