using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Retention;

/// <summary>
/// How long each kind of data is kept (section <c>Savira:Retention</c>). The defaults and why a city can defend
/// them are in the README ("Data retention"). Days count from the moment the data stopped being needed:
/// a message from its arrival, a report from its closing, a handoff from its end.
/// </summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string Section = "Savira:Retention";

    /// <summary>
    /// Twilio retries a webhook with the same MessageSid for hours at most; the journal row answers those retries
    /// (and keeps a side effect from happening twice), so no message is removed sooner than this.
    /// </summary>
    public const int IdempotencyWindowDays = 2;

    const string Between = "Savira:Retention:{0} must be between {1} and {2}.";

    /// <summary>False stops the background job; the privacy verbs still work.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Messages and their replies (inbound_messages, outbound_messages), from arrival.</summary>
    [Range(IdempotencyWindowDays, 3650, ErrorMessage = Between)] public int MessageDays { get; init; } = 90;

    /// <summary>Messages the assistant could not serve, kept for operators to turn into training examples.</summary>
    [Range(1, 3650, ErrorMessage = Between)] public int UnansweredDays { get; init; } = 90;

    /// <summary>A session is removed this many days after it went idle (Savira:Session:IdleMinutes).</summary>
    [Range(0, 365, ErrorMessage = Between)] public int SessionDaysAfterIdle { get; init; } = 1;

    /// <summary>A closed report (selesai, ditolak) loses its reporter's number and photo this long after closing.</summary>
    [Range(1, 3650, ErrorMessage = Between)] public int ReportAnonymiseDays { get; init; } = 90;

    /// <summary>A closed report, already without its reporter, is removed this long after closing.</summary>
    [Range(1, 3650, ErrorMessage = Between)] public int ReportDays { get; init; } = 730;

    /// <summary>Puskesmas queue numbers and staff actions, from their service day.</summary>
    [Range(1, 3650, ErrorMessage = Between)] public int QueueDays { get; init; } = 365;

    /// <summary>Handoffs to an officer and the messages exchanged during them, from the handoff's end.</summary>
    [Range(1, 3650, ErrorMessage = Between)] public int HandoffDays { get; init; } = 365;

    /// <summary>Citizens' reports of PDAM outages, from the report.</summary>
    [Range(1, 3650, ErrorMessage = Between)] public int PdamOutageReportDays { get; init; } = 90;

    /// <summary>Messages the bot sent on its own, once sent or failed, from when they were queued.</summary>
    [Range(1, 3650, ErrorMessage = Between)] public int OutboxDays { get; init; } = 30;

    /// <summary>Notices for a citizen (a report's new status), delivered or not, from when they were made.</summary>
    [Range(1, 3650, ErrorMessage = Between)] public int NoticeDays { get; init; } = 90;

    /// <summary>
    /// The effect ledger (message_effects): a side effect's result, needed only until the message's reply is
    /// committed or Twilio has stopped retrying it; after that the journal answers a retry.
    /// </summary>
    [Range(1, 3650, ErrorMessage = Between)] public int EffectDays { get; init; } = IdempotencyWindowDays;

    /// <summary>Wrong answers to the NIK-digits offer (nik_proof_failures), counted over the last day only.</summary>
    [Range(1, 3650, ErrorMessage = Between)] public int NikProofFailureDays { get; init; } = 1;

    /// <summary>The audit log and the record of purges; kept longest.</summary>
    [Range(1, 36500, ErrorMessage = Between)] public int AuditDays { get; init; } = 1825;

    /// <summary>How often the job looks for data past its period.</summary>
    [Range(1, 7 * 24 * 60, ErrorMessage = Between)] public int IntervalMinutes { get; init; } = 60;

    /// <summary>Rows per write; each batch is one short write on the writer thread, between citizens' messages.</summary>
    [Range(1, 10_000, ErrorMessage = Between)] public int BatchSize { get; init; } = 100;

    /// <summary>A pause between batches (real time), so a backlog leaves the writer mostly to messages.</summary>
    [Range(0, 10_000, ErrorMessage = Between)] public int BatchPauseMilliseconds { get; init; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var longest = new[] { MessageDays, UnansweredDays, SessionDaysAfterIdle, ReportDays, QueueDays, HandoffDays, PdamOutageReportDays, OutboxDays, NoticeDays, EffectDays, NikProofFailureDays }.Max();
        if (AuditDays < longest)
            yield return new ValidationResult(
                $"Savira:Retention:AuditDays ({AuditDays}) must be at least the longest other period ({longest} days): the audit log is kept longest.",
                [nameof(AuditDays)]);
        if (ReportDays < ReportAnonymiseDays)
            yield return new ValidationResult(
                $"Savira:Retention:ReportDays ({ReportDays}) must be at least Savira:Retention:ReportAnonymiseDays ({ReportAnonymiseDays}).",
                [nameof(ReportDays)]);
    }
}
