using System.Text.Json;
using Dapper;
using Savira.Core.Data;
using Savira.Core.Retention;

namespace Savira.Core.Privacy;

/// <summary>
/// Everything Savira holds about one sender, by table: exported as one JSON document, or erased in one
/// transaction (UU 27/2022 PDP: the citizen's right to a copy and to erasure). Conversations are deleted;
/// records of the city's work (an infrastructure report, a queue number, a PDAM outage report) are kept without
/// the citizen, as the retention job keeps them. Both are written to audit_log with the number masked.
/// </summary>
public sealed class CitizenData(Database database, DatabaseWriter writer, TimeProvider clock)
{
    const string Messages = "inbound_messages.sender = @sender";
    const string OfMessages = "inbound_id IN (SELECT id FROM inbound_messages WHERE sender = @sender)";

    /// <summary>Every table holding a sender, in the order of the export; erasure walks it backwards, dependants first.</summary>
    static readonly HeldIn[] Tables =
    [
        new("sessions", "sender = @sender"),
        new("inbound_messages", Messages),
        new("outbound_messages", $"recipient = @sender OR {OfMessages}"),
        new("unanswered_messages", OfMessages),
        new("message_effects", "(channel, message_id) IN (SELECT channel, message_id FROM inbound_messages WHERE sender = @sender)"),
        new("nik_proof_failures", "sender = @sender"),
        new("handoffs", "sender = @sender"),
        new("handoff_messages", "handoff_id IN (SELECT id FROM handoffs WHERE sender = @sender)"),
        new("citizen_notices", "sender = @sender"),
        new("outbox", "recipient = @sender"),
        new("infrastructure_reports", "sender = @sender",
            $"sender = '{RetentionRules.Anonymous}', photo_url = NULL"),
        // A number still waiting is cancelled: the queue keeps its numbering and never gives the number again.
        new("queue_tickets", "citizen = @sender",
            $"""
            citizen = '{RetentionRules.Anonymous}',
            finished_at = CASE WHEN status IN ('waiting', 'called') THEN @now ELSE finished_at END,
            status = CASE WHEN status IN ('waiting', 'called') THEN 'cancelled' ELSE status END
            """),
        new("pdam_outage_reports", "sender = @sender", $"sender = '{RetentionRules.Anonymous}'"),
    ];

    static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // the citizens' words as they wrote them
    };

    /// <summary>The JSON document of everything held about <paramref name="sender"/>, read as of one moment, and audited.</summary>
    public async Task<CitizenExport> ExportAsync(string sender, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tables = new Dictionary<string, List<IDictionary<string, object?>>>();
        using (var connection = database.Open())
        using (var snapshot = connection.BeginTransaction(deferred: true))
        {
            foreach (var table in Tables)
                tables[table.Name] = connection.Query($"SELECT * FROM {table.Name} WHERE {table.Where} ORDER BY rowid", new { sender }, snapshot)
                    .Select(row => (IDictionary<string, object?>)row).ToList();
        }

        var rows = tables.ToDictionary(table => table.Key, table => table.Value.Count);
        var auditId = await writer.WriteAsync(connection => AuditLog.Append(connection, now, actor, "privacy.export",
            new { number = Mask.Phone(sender), rows }), cancellationToken).ConfigureAwait(false);
        var document = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sender"] = sender,
            ["exported_at"] = StoredTime.Format(now),
            ["tables"] = tables,
        }, Json);
        return new CitizenExport(document, rows, auditId);
    }

    /// <summary>Deletes or anonymises everything held about <paramref name="sender"/> in one transaction with its audit row.</summary>
    public Task<CitizenErasure> EraseAsync(string sender, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return writer.WriteAsync(connection =>
        {
            var lastActivity = connection.ExecuteScalar<string?>("SELECT last_activity_at FROM sessions WHERE sender = @sender", new { sender });
            var changes = new List<ErasedRows>();
            foreach (var table in Enumerable.Reverse(Tables))
            {
                var sql = table.Anonymise is null
                    ? $"DELETE FROM {table.Name} WHERE {table.Where}"
                    : $"UPDATE {table.Name} SET {table.Anonymise} WHERE {table.Where}";
                var count = connection.Execute(sql, new { sender, now = StoredTime.Format(now) });
                changes.Add(new ErasedRows(table.Name, table.Anonymise is null ? RetentionStep.Deleted : RetentionStep.Anonymised, count));
            }
            changes.Reverse();
            var detail = new
            {
                number = Mask.Phone(sender),
                rows = changes.Where(change => change.Rows > 0).ToDictionary(change => change.Table, change => new { action = change.Action, rows = change.Rows }),
            };
            var auditId = AuditLog.Append(connection, now, actor, "privacy.erase", detail);
            return new CitizenErasure(changes, auditId, lastActivity is null ? null : StoredTime.Parse(lastActivity));
        }, cancellationToken);
    }

    sealed record HeldIn(string Name, string Where, string? Anonymise = null);
}

public sealed record CitizenExport(string Json, IReadOnlyDictionary<string, int> Rows, long AuditId);

public sealed record ErasedRows(string Table, string Action, int Rows);

/// <summary>What an erasure did; <see cref="LastActivityAt"/> is when the erased session was last written to.</summary>
public sealed record CitizenErasure(IReadOnlyList<ErasedRows> Changes, long AuditId, DateTimeOffset? LastActivityAt);
