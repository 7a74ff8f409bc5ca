using Dapper;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Core.Data;
using Savira.Core.Privacy;

namespace Savira.Bot.Operators.Console;

/// <summary>The audit log for admins and auditors: the latest rows, filtered by who or what, and whether the hash chain holds.</summary>
public sealed class AuditModel(Database database) : PageModel
{
    public const int Shown = 200;

    public sealed record Entry(long Id, string At, string Actor, string Action, string? Origin, string Detail);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public string Filter { get; private set; } = "";
    public (long Rows, long? FirstBroken, string? Why) Chain { get; private set; }

    public void OnGet(string? q)
    {
        Filter = (q ?? "").Trim();
        using var connection = database.Open();
        Chain = AuditLog.Verify(connection);
        var like = "%" + Filter.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
        Entries = [.. connection.Query<Entry>(
            """
            SELECT id, at, actor, action, origin, detail FROM audit_log
            WHERE @filter = '' OR actor LIKE @like OR action LIKE @like
            ORDER BY id DESC LIMIT @shown
            """, new { filter = Filter, like, shown = Shown })];
    }

    public static string Wib(string at) => $"{Savira.Core.Replies.Wib.ToWib(StoredTime.Parse(at)):dd-MM-yyyy HH.mm.ss}";
}
