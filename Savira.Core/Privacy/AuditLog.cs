using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;

namespace Savira.Core.Privacy;

/// <summary>
/// The audit_log table: who did what, when and from where — staff changes in the console and the API, sign-ins,
/// privacy exports and erasures, backups. Rows are only ever added (the retention job removes them after
/// Savira:Retention:AuditDays, the longest period), and each is chained to the one before by a SHA-256 hash, so
/// <see cref="Verify"/> finds a row altered or removed in the file.
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

    /// <summary>
    /// Adds a row inside the caller's write (on the writer thread, so the chain has one tail), <paramref name="detail"/>
    /// as JSON. Returns the row's id.
    /// </summary>
    public static long Append(SqliteConnection connection, DateTimeOffset at, string actor, string action, object detail, string origin = "cli")
    {
        var previous = connection.QuerySingleOrDefault<string?>("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
        var row = new Row { At = StoredTime.Format(at), Actor = actor, Action = action, Detail = JsonSerializer.Serialize(detail, Json), Origin = origin, PreviousHash = previous };
        return connection.ExecuteScalar<long>(
            """
            INSERT INTO audit_log (at, actor, action, detail, origin, previous_hash, hash)
            VALUES (@At, @Actor, @Action, @Detail, @Origin, @PreviousHash, @hash) RETURNING id
            """,
            new { row.At, row.Actor, row.Action, row.Detail, row.Origin, row.PreviousHash, hash = row.ComputeHash() });
    }

    /// <summary>
    /// Walks the chain in order: the first row whose hash does not match its content, or whose link to the row before
    /// is broken, or null when every row holds. The oldest row's link is taken as it is (older rows may have been
    /// purged by retention); rows from before the chain existed (no hash) are skipped.
    /// </summary>
    public static (long Rows, long? FirstBroken, string? Why) Verify(SqliteConnection connection)
    {
        string? previousHash = null;
        var rows = 0L;
        foreach (var row in connection.Query<Row>("SELECT id, at, actor, action, detail, origin, previous_hash AS PreviousHash, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id", buffered: false))
        {
            if (rows > 0 && row.PreviousHash != previousHash)
                return (rows, row.Id, "its link to the row before does not match (a row before it was changed or removed)");
            if (row.ComputeHash() != row.Hash)
                return (rows, row.Id, "its content does not match its hash (the row was changed)");
            previousHash = row.Hash;
            rows++;
        }
        return (rows, null, null);
    }

    sealed record Row
    {
        public long Id { get; init; }
        public string At { get; init; } = "";
        public string Actor { get; init; } = "";
        public string Action { get; init; } = "";
        public string Detail { get; init; } = "";
        public string? Origin { get; init; }
        public string? PreviousHash { get; init; }
        public string? Hash { get; init; }

        public string ComputeHash()
        {
            // Length-prefixed fields, so moving text from one field to the next changes the hash.
            var text = new StringBuilder();
            foreach (var field in new[] { PreviousHash ?? "", At, Actor, Action, Detail, Origin ?? "" })
                text.Append(field.Length).Append(':').Append(field).Append('\n');
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }
}
