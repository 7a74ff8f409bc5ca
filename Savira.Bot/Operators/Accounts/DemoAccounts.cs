using Savira.Core.Data;

namespace Savira.Bot.Operators.Accounts;

/// <summary>
/// In Development only, one demo account per role on a database without accounts, so the two-command start shows
/// the console at once (the README lists them). Each sets up its authenticator at its first sign-in, as everyone does.
/// It runs after <see cref="DatabaseStartup"/> (hosted services start in the order they were added), so the tables exist.
/// </summary>
public sealed class DemoAccounts(IHostEnvironment environment, StaffAccounts accounts) : IHostedService
{
    public const string Password = "savira-demo-2026";

    public static readonly IReadOnlyList<(string Name, string Role, string? Scope)> All =
    [
        ("admin", StaffRole.Admin, null),
        ("editor", StaffRole.Editor, null),
        ("petugas", StaffRole.Officer, null),
        ("poncol", StaffRole.Puskesmas, "poncol"),
        ("dpu", StaffRole.Opd, "dpu"),
        ("auditor", StaffRole.Auditor, null),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
            return;
        if (accounts.List().Count > 0)
            return;
        foreach (var (name, role, scope) in All)
            await accounts.AddAsync(name, Password, role, scope, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
