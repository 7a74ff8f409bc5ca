using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// Staff accounts in the browser: admins add, disable, enable and reset authenticators; auditors only look.
/// (Who may post here is decided by <see cref="Access.StaffAccessRules"/>, not by what the page shows.)
/// </summary>
public sealed class UsersModel(StaffAccounts accounts, ApiTokens tokens) : PageModel
{
    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet() => Accounts = accounts.List();

    public async Task<IActionResult> OnPostAddAsync(string? name, string? role, string? scope, string? password, CancellationToken cancellationToken)
    {
        name = (name ?? "").Trim();
        var parsedRole = StaffRole.Parse(role ?? "");
        scope = string.IsNullOrWhiteSpace(scope) ? null : scope.Trim().ToLowerInvariant();
        Problem =
            name.Length is < 2 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') ? "Nama pengguna 2–64 karakter: huruf, angka, titik, tanda hubung atau garis bawah."
            : parsedRole is null ? "Pilih salah satu peran."
            : StaffRole.NeedsScope(parsedRole) && scope is null ? "Peran ini memerlukan lingkup: kode puskesmas atau kode OPD."
            : accounts.Find(name) is not null ? $"Nama pengguna {name} sudah dipakai."
            : StaffAccounts.PasswordProblem(password ?? "");
        if (Problem is null)
        {
            await accounts.AddAsync(name, password!, parsedRole!, scope, cancellationToken).ConfigureAwait(false);
            Message = $"Akun {name} sudah dibuat. Autentikator disiapkan saat pertama kali masuk.";
        }
        else
            Response.StatusCode = StatusCodes.Status400BadRequest;
        Accounts = accounts.List();
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async account =>
        {
            await accounts.DisableAsync(account.Id, cancellationToken).ConfigureAwait(false);
            await tokens.RevokeAllAsync(account.Id, cancellationToken).ConfigureAwait(false);
            return $"Akun {account.Name} dinonaktifkan; sesi dan token API-nya tidak berlaku lagi.";
        });

    public Task<IActionResult> OnPostEnableAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async account =>
        {
            await accounts.EnableAsync(account.Id, cancellationToken).ConfigureAwait(false);
            return $"Akun {account.Name} aktif kembali.";
        });

    public Task<IActionResult> OnPostResetTwoFactorAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async account =>
        {
            await accounts.ResetTwoFactorAsync(account.Id, cancellationToken).ConfigureAwait(false);
            return $"Autentikator {account.Name} diatur ulang; ia menyiapkannya lagi saat masuk berikutnya.";
        });

    async Task<IActionResult> ChangeAsync(long id, Func<StaffAccount, Task<string>> change)
    {
        if (accounts.Find(id) is not { } account)
        {
            Problem = "Akun tidak ditemukan.";
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        else if (account.Name.Equals(User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
        {
            Problem = "Anda tidak dapat mengubah akun Anda sendiri di sini; minta admin lain.";
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
            Message = await change(account).ConfigureAwait(false);
        Accounts = accounts.List();
        return Page();
    }
}
