using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Replies;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// The first step of signing in: name and password. A right password leads to the authenticator code (or to setting
/// one up); a wrong one is counted, and five in a row lock the account for a quarter of an hour. The answer never
/// tells which of name or password was wrong.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(StaffAccounts accounts, TimeProvider clock) : PageModel
{
    public string? Problem { get; private set; }
    public string Name { get; private set; } = "";
    public string ReturnUrl { get; private set; } = "/console";

    /// <summary>Sent here from a console page (not signed in, or the session ended), rather than opening the sign-in page itself.</summary>
    public bool Redirected { get; private set; }

    public void OnGet(string? returnUrl)
    {
        ReturnUrl = SafeReturnUrl(returnUrl);
        Redirected = !string.IsNullOrEmpty(returnUrl);
    }

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        Name = (name ?? "").Trim();
        ReturnUrl = SafeReturnUrl(returnUrl);
        var account = Name.Length is > 0 and <= 64 ? accounts.Find(Name) : null;
        var now = clock.GetUtcNow();
        if (account is null)
        {
            StaffAccounts.VerifyNothing(password ?? "");
            return Refuse("Nama pengguna atau kata sandi salah.");
        }
        if (account.IsLockedAt(now))
            return Refuse(LockedMessage(account.LockedUntil!.Value));
        if (!await accounts.VerifyPasswordAsync(account, password ?? "", cancellationToken).ConfigureAwait(false) || account.Disabled)
        {
            await accounts.RecordFailedSignInAsync(account.Id, cancellationToken).ConfigureAwait(false);
            return accounts.Find(account.Id) is { } after && after.IsLockedAt(now)
                ? Refuse(LockedMessage(after.LockedUntil!.Value))
                : Refuse("Nama pengguna atau kata sandi salah.");
        }

        await HttpContext.SignInAsync(StaffAccess.PendingScheme, PendingSignIn.Principal(account.Id, ReturnUrl, secret: null)).ConfigureAwait(false);
        return Redirect(account.HasTwoFactor ? "/console/masuk/kode" : "/console/masuk/siapkan");
    }

    PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    internal static string LockedMessage(DateTimeOffset until) =>
        $"Akun dikunci sementara karena terlalu banyak percobaan yang salah. Silakan coba lagi setelah pukul {Wib.ToWib(until):HH.mm} WIB.";

    /// <summary>Only a path inside the console: a sign-in link cannot send anyone elsewhere.</summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/console", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/console";
}
