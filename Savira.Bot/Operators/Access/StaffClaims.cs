using System.Security.Claims;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators.Access;

/// <summary>What a signed-in member of staff's principal carries, and how to read it back.</summary>
public static class StaffClaims
{
    public const string AccountId = "savira:account";
    public const string Scope = "savira:scope";
    public const string Stamp = "savira:stamp";

    public static ClaimsPrincipal Principal(StaffAccount account, string scheme) => Principal(account.Name, account.Role, account.Scope, scheme, account.Id, account.SecurityStamp);

    public static ClaimsPrincipal Principal(string name, string role, string? scope, string scheme, long? accountId = null, string? stamp = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role) };
        if (scope is not null)
            claims.Add(new Claim(Scope, scope));
        if (accountId is { } id)
            claims.Add(new Claim(AccountId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (stamp is not null)
            claims.Add(new Claim(Stamp, stamp));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static string? RoleOf(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    public static string? ScopeOf(this ClaimsPrincipal user) => user.FindFirstValue(Scope);

    public static string NameOf(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    public static long? AccountIdOf(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(AccountId), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
