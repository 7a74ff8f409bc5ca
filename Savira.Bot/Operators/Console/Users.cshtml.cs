using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
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
        scope = NormalScope(scope);
        Problem =
            name.Length is < 2 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') ? "Nama pengguna 2–64 karakter: huruf, angka, titik, tanda hubung atau garis bawah."
            : RoleProblem(parsedRole, scope)
            ?? (accounts.Find(name) is not null ? $"Nama pengguna {name} sudah dipakai." : StaffAccounts.PasswordProblem(password ?? ""));
        if (Problem is null)
        {
            var account = await accounts.AddAsync(name, password!, parsedRole!, scope, cancellationToken).ConfigureAwait(false);
            HttpContext.RecordChange($"account {account.Name}", null, new { account.Role, account.Scope });
            Message = $"Akun {name} sudah dibuat. Autentikator disiapkan saat pertama kali masuk.";
        }
        else
            Response.StatusCode = StatusCodes.Status400BadRequest;
        Accounts = accounts.List();
        return Page();
    }

    /// <summary>A new role or scope ends the account's sessions (its security stamp changes).</summary>
    public Task<IActionResult> OnPostRoleAsync(long id, string? role, string? scope, CancellationToken cancellationToken)
    {
        var parsedRole = StaffRole.Parse(role ?? "");
        scope = NormalScope(scope);
        if (RoleProblem(parsedRole, scope) is { } problem)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Accounts = accounts.List();
            return Task.FromResult<IActionResult>(Page());
        }
        return ChangeAsync(id, async account =>
        {
            await accounts.SetRoleAsync(account.Id, parsedRole!, scope, cancellationToken).ConfigureAwait(false);
            HttpContext.RecordChange($"account {account.Name}", new { account.Role, account.Scope }, new { Role = parsedRole, Scope = scope });
            return $"Peran {account.Name} sekarang {StaffRole.Label(parsedRole!)}{(scope is null ? "" : $" ({scope})")}; sesinya yang lama sudah berakhir.";
        });
    }

    static string? NormalScope(string? scope) =>
        string.IsNullOrWhiteSpace(scope) ? null : string.Join(',', scope.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    static string? RoleProblem(string? role, string? scope) =>
        role is null ? "Pilih salah satu peran."
        : StaffRole.NeedsScope(role) && scope is null ? "Peran ini memerlukan lingkup: kode puskesmas atau kode OPD."
        : scope is { Length: > 64 } ? "Lingkup paling banyak 64 karakter."
        : role == StaffRole.Officer && scope is not null && scope.Split(',').FirstOrDefault(service => !InboxModel.Services.Contains(service)) is { } unknown
            ? $"Layanan “{unknown}” tidak dikenal. Lingkup petugas berisi layanan, mis. pbb,pdam (pilihan: {string.Join(", ", InboxModel.Services)})."
        : null;

    public Task<IActionResult> OnPostDisableAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async account =>
        {
            await accounts.DisableAsync(account.Id, cancellationToken).ConfigureAwait(false);
            await tokens.RevokeAllAsync(account.Id, cancellationToken).ConfigureAwait(false);
            HttpContext.RecordChange($"account {account.Name}", new { Disabled = false }, new { Disabled = true });
            return $"Akun {account.Name} dinonaktifkan; sesi dan token API-nya tidak berlaku lagi.";
        });

    public Task<IActionResult> OnPostEnableAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async account =>
        {
            await accounts.EnableAsync(account.Id, cancellationToken).ConfigureAwait(false);
            HttpContext.RecordChange($"account {account.Name}", new { Disabled = true }, new { Disabled = false });
            return $"Akun {account.Name} aktif kembali.";
        });

    public Task<IActionResult> OnPostResetTwoFactorAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async account =>
        {
            await accounts.ResetTwoFactorAsync(account.Id, cancellationToken).ConfigureAwait(false);
            HttpContext.RecordChange($"account {account.Name}", new { TwoFactor = true }, new { TwoFactor = false });
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
