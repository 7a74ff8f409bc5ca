using Savira.Core.Data;
using Savira.Core.Replies;

namespace Savira.Core.Retention;

/// <summary>
/// One kind of data past its period. Candidates are found on a read connection (<see cref="Table"/> walked by
/// <see cref="Key"/>, <see cref="Condition"/> true); each batch of them is then removed by <see cref="Steps"/>
/// in one write, which checks <see cref="Condition"/> again, so a row that became needed meanwhile (a session
/// written to again, a report reopened) is left alone.
/// </summary>
public sealed record RetentionRule
{
    public required string Kind { get; init; }
    public required string Table { get; init; }

    /// <summary>The column candidates are walked by, in order: <c>id</c>, or <c>rowid</c>.</summary>
    public string Key { get; init; } = "id";

    /// <summary>SQL over a row of <see cref="Table"/> (columns qualified by the table's name) with @cutoff and @now.</summary>
    public required string Condition { get; init; }

    public required string Cutoff { get; init; }

    /// <summary>Statements run for a batch, with @ids (the candidates), @cutoff and @now; each counts its rows.</summary>
    public required IReadOnlyList<RetentionStep> Steps { get; init; }

    /// <summary>A column of each candidate to drop from the sessions kept in memory once the batch is committed.</summary>
    public string? ForgetSessionsOf { get; init; }
}

public sealed record RetentionStep(string Table, string Action, string Sql)
{
    public const string Deleted = "deleted";
    public const string Anonymised = "anonymised";
}

/// <summary>The rules for every kind of data that holds something about a citizen, from the configured periods.</summary>
public static class RetentionRules
{
    /// <summary>What replaces a citizen's number in a record the city keeps (a report, a queue number, an outage report).</summary>
    public const string Anonymous = "anonim";

    const string Handoff = "COALESCE(handoffs.released_at, handoffs.expires_at) < @cutoff";

    const string ClosedReport = "infrastructure_reports.status IN ('selesai', 'ditutup', 'bukan_wewenang')";

    public static IReadOnlyList<RetentionRule> For(RetentionOptions periods, int sessionIdleMinutes, DateTimeOffset now)
    {
        string Before(TimeSpan age) => StoredTime.Format(now - age);
        var today = Wib.Today(now);

        // A message is kept while an operator may still need it: its unanswered row, a handoff open now (the officer
        // reads the sender's recent messages), or a handoff it was exchanged in that is itself still kept.
        const string message =
            """
            inbound_messages.received_at < @cutoff
            AND NOT EXISTS (SELECT 1 FROM unanswered_messages WHERE unanswered_messages.inbound_id = inbound_messages.id)
            AND NOT EXISTS (SELECT 1 FROM handoffs WHERE handoffs.sender = inbound_messages.sender
                AND ((handoffs.released_at IS NULL AND handoffs.expires_at > @now)
                     OR inbound_messages.received_at BETWEEN handoffs.requested_at AND COALESCE(handoffs.released_at, handoffs.expires_at)))
            """;
        const string reply = "outbound_messages.inbound_id IS NULL AND outbound_messages.created_at < @cutoff";
        const string anonymise = $"{ClosedReport} AND infrastructure_reports.updated_at < @cutoff AND (infrastructure_reports.sender <> '{Anonymous}' OR infrastructure_reports.photo_url IS NOT NULL)";

        var messagesCutoff = Before(TimeSpan.FromDays(periods.MessageDays));
        return
        [
            // Unanswered rows first: a message they hold on to can then go in the same pass.
            Delete("unanswered", "unanswered_messages", "unanswered_messages.received_at < @cutoff", Before(TimeSpan.FromDays(periods.UnansweredDays))),
            // A handoff's transcript and a message's replies go with it (they reference it).
            DeleteWithChildren("handoffs", "handoffs", Handoff, Before(TimeSpan.FromDays(periods.HandoffDays)), "handoff_messages", "handoff_id"),
            DeleteWithChildren("messages", "inbound_messages", message, messagesCutoff, "outbound_messages", "inbound_id"),
            Delete("messages", "outbound_messages", reply, messagesCutoff), // a message sent without one coming in
            new RetentionRule
            {
                Kind = "sessions",
                Table = "sessions",
                Key = "rowid",
                Condition = "sessions.last_activity_at < @cutoff",
                Cutoff = Before(TimeSpan.FromMinutes(sessionIdleMinutes) + TimeSpan.FromDays(periods.SessionDaysAfterIdle)),
                Steps = [new("sessions", RetentionStep.Deleted, "DELETE FROM sessions WHERE rowid IN @ids AND sessions.last_activity_at < @cutoff")],
                ForgetSessionsOf = "sender",
            },
            new RetentionRule
            {
                Kind = "reports_reporter",
                Table = "infrastructure_reports",
                Condition = anonymise,
                Cutoff = Before(TimeSpan.FromDays(periods.ReportAnonymiseDays)),
                Steps =
                [
                    new("infrastructure_reports", RetentionStep.Anonymised,
                        $"UPDATE infrastructure_reports SET sender = '{Anonymous}', photo_url = NULL WHERE id IN @ids AND {anonymise}"),
                ],
            },
            Delete("reports", "infrastructure_reports", $"{ClosedReport} AND infrastructure_reports.updated_at < @cutoff", Before(TimeSpan.FromDays(periods.ReportDays))),
            Delete("queue", "queue_tickets", "queue_tickets.service_day < @cutoff", StoredTime.Day(today.AddDays(-periods.QueueDays))),
            Delete("queue", "queue_events", "queue_events.service_day < @cutoff", StoredTime.Day(today.AddDays(-periods.QueueDays))),
            Delete("pdam_outage_reports", "pdam_outage_reports", "pdam_outage_reports.created_at < @cutoff", Before(TimeSpan.FromDays(periods.PdamOutageReportDays))),
            Delete("outbox", "outbox", "outbox.status IN ('sent', 'failed', 'uncertain') AND outbox.created_at < @cutoff", Before(TimeSpan.FromDays(periods.OutboxDays))),
            Delete("notices", "citizen_notices", "citizen_notices.created_at < @cutoff", Before(TimeSpan.FromDays(periods.NoticeDays))),
            Delete("effects", "message_effects", "message_effects.created_at < @cutoff", Before(TimeSpan.FromDays(periods.EffectDays)), key: "rowid"),
            Delete("nik_proof_failures", "nik_proof_failures", "nik_proof_failures.failed_at < @cutoff", Before(TimeSpan.FromDays(periods.NikProofFailureDays))),
            Delete("audit", "audit_log", "audit_log.at < @cutoff", Before(TimeSpan.FromDays(periods.AuditDays))),
            Delete("audit", "retention_purges", "retention_purges.started_at < @cutoff", Before(TimeSpan.FromDays(periods.AuditDays))),
        ];
    }

    /// <summary>Deletes the rows past their period and, first, the rows of <paramref name="childTable"/> that reference them.</summary>
    static RetentionRule DeleteWithChildren(string kind, string table, string condition, string cutoff, string childTable, string childKey) => new()
    {
        Kind = kind,
        Table = table,
        Condition = condition,
        Cutoff = cutoff,
        Steps =
        [
            new(childTable, RetentionStep.Deleted, $"DELETE FROM {childTable} WHERE {childKey} IN (SELECT id FROM {table} WHERE id IN @ids AND {condition})"),
            new(table, RetentionStep.Deleted, $"DELETE FROM {table} WHERE id IN @ids AND {condition}"),
        ],
    };

    static RetentionRule Delete(string kind, string table, string condition, string cutoff, string key = "id") => new()
    {
        Kind = kind,
        Table = table,
        Key = key,
        Condition = condition,
        Cutoff = cutoff,
        Steps = [new(table, RetentionStep.Deleted, $"DELETE FROM {table} WHERE {key} IN @ids AND {condition}")],
    };
}
