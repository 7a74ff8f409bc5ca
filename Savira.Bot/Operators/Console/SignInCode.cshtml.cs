using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators.Console;

/// <summary>The second step: the authenticator's code. Wrong codes count toward the lockout like wrong passwords; a code works once.</summary>
[AllowAnonymous]
public sealed class SignInCodeModel(StaffAccounts accounts, TwoFactorCodes codes, TimeProvider clock) : PageModel
{
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await PendingAccountAsync().ConfigureAwait(false) is { HasTwoFactor: true } ? Page() : Redirect("/console/masuk");

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        var pending = await PendingSignIn.ReadAsync(HttpContext).ConfigureAwait(false);
        var account = pending is null ? null : accounts.Find(pending.AccountId);
        if (pending is null || account is not { Disabled: false, HasTwoFactor: true })
            return Redirect("/console/masuk");
        if (account.IsLockedAt(clock.GetUtcNow()))
            return Refuse(SignInModel.LockedMessage(account.LockedUntil!.Value));

        if (codes.Verify(account.TotpSecret!, code ?? "") is not { } step || !await accounts.UseTwoFactorStepAsync(account.Id, step, cancellationToken).ConfigureAwait(false))
        {
            await accounts.RecordFailedSignInAsync(account.Id, cancellationToken).ConfigureAwait(false);
            return Refuse("Kode tidak sesuai atau sudah dipakai. Periksa jam ponsel Anda, lalu ketik kode yang sedang tampil.");
        }
        await accounts.RecordSignInAsync(account.Id, cancellationToken).ConfigureAwait(false);
        await PendingSignIn.CompleteAsync(HttpContext, accounts.Find(account.Id)!).ConfigureAwait(false);
        return Redirect(pending.ReturnUrl);
    }

    async Task<StaffAccount?> PendingAccountAsync() =>
        await PendingSignIn.ReadAsync(HttpContext).ConfigureAwait(false) is { } pending ? accounts.Find(pending.AccountId) : null;

    PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
