using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// At the first sign-in (or after an admin reset it), the account sets up its authenticator: a new secret as a QR code
/// and as text; it is kept only once the user proves it with a code.
/// </summary>
[AllowAnonymous]
public sealed class SetUpAuthenticatorModel(StaffAccounts accounts, TwoFactorCodes codes) : PageModel
{
    public string QrSvg { get; private set; } = "";
    public string GroupedSecret { get; private set; } = "";
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var pending = await PendingSignIn.ReadAsync(HttpContext).ConfigureAwait(false);
        var account = pending is null ? null : accounts.Find(pending.AccountId);
        if (pending is null || account is not { Disabled: false })
            return Redirect("/console/masuk");
        if (account.HasTwoFactor)
            return Redirect("/console/masuk/kode");

        var secret = pending.Secret;
        if (secret is null)
        {
            secret = TwoFactorCodes.NewSecret();
            await HttpContext.SignInAsync(StaffAccess.PendingScheme, PendingSignIn.Principal(account.Id, pending.ReturnUrl, secret)).ConfigureAwait(false);
        }
        Show(account, secret);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        var pending = await PendingSignIn.ReadAsync(HttpContext).ConfigureAwait(false);
        var account = pending is null ? null : accounts.Find(pending.AccountId);
        if (pending?.Secret is not { } secret || account is not { Disabled: false } || account.HasTwoFactor)
            return Redirect("/console/masuk");

        if (codes.Verify(secret, code ?? "") is not { } step)
        {
            Show(account, secret);
            Problem = "Kode tidak sesuai. Pastikan Anda memindai kode QR di halaman ini dan jam ponsel Anda tepat, lalu coba lagi.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await accounts.SetTwoFactorAsync(account.Id, secret, step, cancellationToken).ConfigureAwait(false);
        await accounts.RecordSignInAsync(account.Id, cancellationToken).ConfigureAwait(false);
        await PendingSignIn.CompleteAsync(HttpContext, accounts.Find(account.Id)!).ConfigureAwait(false);
        return Redirect(pending.ReturnUrl);
    }

    void Show(StaffAccount account, string secret)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(TwoFactorCodes.SetupUri(secret, account.Name), QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4);
        GroupedSecret = string.Join(' ', secret.Chunk(4).Select(group => new string(group)));
    }
}
