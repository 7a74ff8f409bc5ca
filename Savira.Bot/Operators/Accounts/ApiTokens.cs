using System.Security.Cryptography;
using System.Text;
using Dapper;
using Savira.Core.Data;

namespace Savira.Bot.Operators.Accounts;

/// <summary>
/// Per-account tokens for the JSON API (<c>Authorization: Bearer …</c> or <c>X-Api-Key</c>). A token is shown once,
/// when made; only its SHA-256 is stored (a token is 32 random bytes, so a slow hash adds nothing).
/// </summary>
public sealed class ApiTokens(Database database, DatabaseWriter writer, TimeProvider clock)
{
    const string Prefix = "svr_";

    public async Task<string> IssueAsync(long accountId, CancellationToken cancellationToken)
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await writer.WriteAsync(connection => connection.Execute(
            "INSERT INTO staff_api_tokens (account_id, token_hash, created_at) VALUES (@accountId, @hash, @now)",
            new { accountId, hash = Hash(token), now = StoredTime.Format(clock.GetUtcNow()) }), cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>The account a token belongs to, or null for an unknown or revoked token.</summary>
    public long? AccountOf(string token) =>
        token.StartsWith(Prefix, StringComparison.Ordinal)
            ? database.Read(connection => connection.QuerySingleOrDefault<long?>(
                "SELECT account_id FROM staff_api_tokens WHERE token_hash = @hash AND revoked_at IS NULL", new { hash = Hash(token) }))
            : null;

    public Task RevokeAllAsync(long accountId, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "UPDATE staff_api_tokens SET revoked_at = @now WHERE account_id = @accountId AND revoked_at IS NULL",
            new { accountId, now = StoredTime.Format(clock.GetUtcNow()) }), cancellationToken);

    static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
