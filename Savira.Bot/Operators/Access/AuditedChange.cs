namespace Savira.Bot.Operators.Access;

/// <summary>
/// What a staff action changed, as the handler saw it before and after: the handler records it on the request, and
/// <see cref="StaffAuditTrail"/> writes it into the request's audit row, so the log shows the old and the new value and
/// not only what was sent.
/// </summary>
public static class AuditedChange
{
    const string ItemKey = "savira.audited-changes";

    public sealed record Change(string Subject, object? Before, object? After);

    /// <summary>Records that <paramref name="subject"/> (e.g. "report SMG-20261201-0001") went from one value to another.</summary>
    public static void RecordChange(this HttpContext http, string subject, object? before, object? after)
    {
        if (http.Items[ItemKey] is not List<Change> changes)
            http.Items[ItemKey] = changes = [];
        changes.Add(new Change(subject, before, after));
    }

    public static IReadOnlyList<Change> ChangesOf(HttpContext http) => http.Items[ItemKey] as List<Change> ?? [];
}
