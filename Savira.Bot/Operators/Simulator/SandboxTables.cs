using Dapper;
using Microsoft.Data.Sqlite;

namespace Savira.Bot.Operators.Simulator;

/// <summary>
/// Which of the live database's tables a <see cref="KnowledgeSandbox"/> copies: what the engine answers from (knowledge,
/// training, the menu, the services' records), and not what citizens and staff left behind (conversations, messages,
/// handoffs, reports, queue numbers, accounts, the audit log). A simulator run needs none of that, and a copy of it in
/// a temp folder would be one more place personal data sits (UU 27/2022). Every table must be in one of the two lists;
/// a test fails on a new table until someone decides.
/// </summary>
public static class SandboxTables
{
    public static IReadOnlySet<string> Copied { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // what is answered and how it is understood
        "faq_entries", "faq_versions", "faq_drafts", "training_examples", "lexicon_entries", "named_places", "menu_items",
        "kecamatan", "kelurahan", "holidays",
        // the services' own records, looked up by number
        "pbb_objects", "pbb_bills", "pdam_customers", "pdam_bills", "pdam_outages", "pkb_vehicles", "service_applications",
        "rsud_information", "rsud_clinics", "rsud_doctors", "rsud_schedules", "rsud_beds",
        "puskesmas", "puskesmas_clinics", "puskesmas_hours",
    };

    public static IReadOnlySet<string> LeftOut { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "schema_version", // the copy is migrated itself
        "sessions", "message_effects", "inbound_messages", "outbound_messages", "outbox", "citizen_notices", "nik_proof_failures",
        "handoffs", "handoff_messages", "unanswered_messages", "unanswered_groups",
        "infrastructure_reports", "report_history", "report_photos", "ticket_counters", "pdam_outage_reports",
        "queue_tickets", "queue_events",
        "staff_accounts", "staff_api_tokens", "audit_log", "retention_purges", "conversation_suites",
    };

    /// <summary>
    /// Fills the migrated copy behind <paramref name="copy"/> from <paramref name="livePath"/>: the copied tables replaced
    /// by the live rows, read in one snapshot; the rows the migrations seeded into the others removed.
    /// </summary>
    public static void Fill(SqliteConnection copy, string livePath)
    {
        copy.Execute("PRAGMA foreign_keys = OFF");
        copy.Execute("ATTACH DATABASE @path AS live", new { path = livePath }); // only read: one more reader of the live file
        try
        {
            var tables = copy.Query<string>("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").ToList();
            var live = copy.Query<string>("SELECT name FROM live.sqlite_master WHERE type = 'table'").ToHashSet(StringComparer.Ordinal);
            using var transaction = copy.BeginTransaction();
            foreach (var table in tables.Where(table => table != "schema_version"))
            {
                copy.Execute($"DELETE FROM main.\"{table}\"", transaction: transaction);
                if (Copied.Contains(table) && live.Contains(table))
                    copy.Execute($"INSERT INTO main.\"{table}\" SELECT * FROM live.\"{table}\"", transaction: transaction);
            }
            transaction.Commit();
        }
        finally
        {
            copy.Execute("DETACH DATABASE live");
            copy.Execute("PRAGMA foreign_keys = ON");
        }
    }
}
