using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;

namespace Savira.Core.Privacy;

/// <summary>
/// The audit_log table: who did what with citizens' data outside a conversation, and when. Rows are only ever
/// added (the retention job removes them after Savira:Retention:AuditDays, the longest period).
/// </summary>
public static class AuditLog
{
    /// <summary>The OS user running this process; under sudo, also who called sudo.</summary>
    public static string CurrentActor()
    {
        var user = Environment.UserName;
        var sudoer = Environment.GetEnvironmentVariable("SUDO_USER");
        return string.IsNullOrEmpty(sudoer) || sudoer == user ? user : $"{user} (sudo by {sudoer})";
    }

    static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds a row inside the caller's write, <paramref name="detail"/> as JSON. Returns the row's id.</summary>
    public static long Append(SqliteConnection connection, DateTimeOffset at, string actor, string action, object detail) =>
        connection.ExecuteScalar<long>(
            "INSERT INTO audit_log (at, actor, action, detail) VALUES (@at, @actor, @action, @detail) RETURNING id",
            new { at = StoredTime.Format(at), actor, action, detail = JsonSerializer.Serialize(detail, Json) });
}
