using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Savira.Bot.Operators.Access;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// What the short-lived cookie between the password and the authenticator code carries: whose password was right,
/// where to go afterwards, and — while an authenticator is being set up — the new secret (encrypted by the cookie's
/// data protection, never in the page's form).
/// </summary>
public static class PendingSignIn
{
    const string ReturnUrlClaim = "savira:return";
    const string SecretClaim = "savira:new-secret";

    public static ClaimsPrincipal Principal(long accountId, string returnUrl, string? secret)
    {
        var claims = new List<Claim>
        {
            new(StaffClaims.AccountId, accountId.ToString(CultureInfo.InvariantCulture)),
            new(ReturnUrlClaim, returnUrl),
        };
        if (secret is not null)
            claims.Add(new Claim(SecretClaim, secret));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, StaffAccess.PendingScheme));
    }

    public sealed record State(long AccountId, string ReturnUrl, string? Secret);

    public static async Task<State?> ReadAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(StaffAccess.PendingScheme).ConfigureAwait(false);
        if (!result.Succeeded || result.Principal.AccountIdOf() is not { } id)
            return null;
        return new State(id, result.Principal.FindFirst(ReturnUrlClaim)?.Value ?? "/console", result.Principal.FindFirst(SecretClaim)?.Value);
    }

    /// <summary>The account's console session begins; the pending cookie ends.</summary>
    public static async Task CompleteAsync(HttpContext http, Accounts.StaffAccount account)
    {
        await http.SignOutAsync(StaffAccess.PendingScheme).ConfigureAwait(false);
        await http.SignInAsync(StaffAccess.CookieScheme, StaffClaims.Principal(account, StaffAccess.CookieScheme)).ConfigureAwait(false);
    }
}
