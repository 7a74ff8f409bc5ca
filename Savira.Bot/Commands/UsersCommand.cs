using Savira.Bot.Hosting;
using Savira.Core.Data;
using Savira.Core.Privacy;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Commands;

/// <summary>
/// `users`: staff accounts from the command line, on the embedded database — how the first admin is made.
/// <code>
/// users add NAME --role ROLE [--scope CODE]   (the password is read from standard input)
/// users list | users disable NAME | users enable NAME | users token NAME | users password NAME | users role NAME ROLE | users reset-2fa NAME
/// </code>
/// </summary>
public static class UsersCommand
{
    const string Usage =
        """
        Usage: dotnet run --project Savira.Bot -- users <command>
          add NAME --role ROLE [--scope CODE]   make an account; the password is read from standard input
          list                                  every account with its role, scope, authenticator and state
          disable NAME | enable NAME            stop (or allow again) an account's sign-in and tokens
          token NAME                            print a new API token for the account (shown once)
          password NAME                         set a new password, read from standard input; ends its sessions
          role NAME ROLE [--scope CODE]         change the account's role (and scope); ends its sessions
          reset-2fa NAME                        remove the authenticator; it is set up again at the next sign-in
        Roles: admin, editor, officer, puskesmas (--scope the puskesmas code), opd (--scope the agency code), auditor.
        """;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args is not [var command, ..])
            return await FailAsync(error, null).ConfigureAwait(false);
        using var host = SaviraCommandHost.Build([], services => services.AddSingleton<StaffAccounts>().AddSingleton<ApiTokens>());
        await host.StartAsync().ConfigureAwait(false); // migrations
        var accounts = host.Services.GetRequiredService<StaffAccounts>();
        var tokens = host.Services.GetRequiredService<ApiTokens>();
        var cancellationToken = CancellationToken.None;
        var name = args.Length > 1 ? args[1] : null;
        var before = name is null ? null : accounts.Find(name);
        try
        {
            var exitCode = await RunCommandAsync(command, args, accounts, tokens, input, output, error, cancellationToken).ConfigureAwait(false);
            if (exitCode == 0 && command != "list" && name is not null && accounts.Find(name) is { } after)
                await AuditAsync(host.Services, command, Facts(before), Facts(after), cancellationToken).ConfigureAwait(false);
            return exitCode;
        }
        catch (ArgumentException exception)
        {
            return await FailAsync(error, exception.Message).ConfigureAwait(false);
        }
        finally
        {
            await host.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>What the audit row shows of an account: never its password hash or authenticator secret.</summary>
    static object? Facts(StaffAccount? account) =>
        account is null ? null : new { account.Name, account.Role, account.Scope, account.Disabled, TwoFactor = account.HasTwoFactor };

    static Task<long> AuditAsync(IServiceProvider services, string command, object? before, object? after, CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return services.GetRequiredService<DatabaseWriter>().WriteAsync(connection =>
            AuditLog.Append(connection, now, AuditLog.CurrentActor(), $"users.{command}", new { before, after }), cancellationToken);
    }

    static async Task<int> RunCommandAsync(string command, string[] args, StaffAccounts accounts, ApiTokens tokens, TextReader input, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        switch (command, args[1..])
        {
            case ("add", [var name, .. var options]):
                return await AddAsync(accounts, name, options, input, output, error, cancellationToken).ConfigureAwait(false);
            case ("list", []):
                foreach (var account in accounts.List())
                    await output.WriteLineAsync(
                        $"{account.Name}\t{account.Role}\t{account.Scope ?? "-"}\t{(account.HasTwoFactor ? "authenticator" : "no authenticator yet")}\t{(account.Disabled ? "disabled" : "active")}").ConfigureAwait(false);
                return 0;
            case ("disable", [var name]):
                return await WithAccountAsync(accounts, name, error, async account =>
                {
                    await accounts.DisableAsync(account.Id, cancellationToken).ConfigureAwait(false);
                    await tokens.RevokeAllAsync(account.Id, cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync($"{account.Name} is disabled; its sessions and API tokens no longer work.").ConfigureAwait(false);
                }).ConfigureAwait(false);
            case ("enable", [var name]):
                return await WithAccountAsync(accounts, name, error, async account =>
                {
                    await accounts.EnableAsync(account.Id, cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync($"{account.Name} may sign in again (its old API tokens stay revoked).").ConfigureAwait(false);
                }).ConfigureAwait(false);
            case ("token", [var name]):
                return await WithAccountAsync(accounts, name, error, async account =>
                    await output.WriteLineAsync(await tokens.IssueAsync(account.Id, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false)).ConfigureAwait(false);
            case ("password", [var name]):
                return await WithAccountAsync(accounts, name, error, async account =>
                {
                    var password = await ReadPasswordAsync(input, error).ConfigureAwait(false);
                    if (StaffAccounts.PasswordProblem(password) is { } problem)
                        throw new ArgumentException(problem);
                    await accounts.SetPasswordAsync(account.Id, password, cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync($"{account.Name} has a new password; its sessions have ended.").ConfigureAwait(false);
                }).ConfigureAwait(false);
            case ("role", [var name, var roleText, .. var roleOptions]):
                return await WithAccountAsync(accounts, name, error, async account =>
                {
                    var role = StaffRole.Parse(roleText) ?? throw new ArgumentException($"unknown role '{roleText}'; one of {string.Join(", ", StaffRole.All)}");
                    var scope = roleOptions is ["--scope", var code] ? code.Trim().ToLowerInvariant()
                        : roleOptions.Length == 0 ? null
                        : throw new ArgumentException($"unexpected '{string.Join(' ', roleOptions)}'");
                    if (StaffRole.NeedsScope(role) && scope is null)
                        throw new ArgumentException($"a {role} account needs --scope");
                    await accounts.SetRoleAsync(account.Id, role, scope, cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync($"{account.Name} is now {role}{(scope is null ? "" : " " + scope)}; its sessions have ended.").ConfigureAwait(false);
                }).ConfigureAwait(false);
            case ("reset-2fa", [var name]):
                return await WithAccountAsync(accounts, name, error, async account =>
                {
                    await accounts.ResetTwoFactorAsync(account.Id, cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync($"{account.Name} sets up an authenticator at the next sign-in.").ConfigureAwait(false);
                }).ConfigureAwait(false);
            default:
                return await FailAsync(error, $"unknown users command: {string.Join(' ', args)}").ConfigureAwait(false);
        }
    }

    static async Task<int> AddAsync(StaffAccounts accounts, string name, string[] options, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? role = null, scope = null;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--role" when i + 1 < options.Length:
                    role = StaffRole.Parse(options[++i]) ?? throw new ArgumentException($"unknown role '{options[i]}'; one of {string.Join(", ", StaffRole.All)}");
                    break;
                case "--scope" when i + 1 < options.Length:
                    scope = options[++i].Trim().ToLowerInvariant();
                    break;
                default:
                    throw new ArgumentException($"unexpected '{options[i]}'");
            }
        }
        if (role is null)
            throw new ArgumentException("--role is required");
        if (StaffRole.NeedsScope(role) && scope is null)
            throw new ArgumentException($"a {role} account needs --scope (the {(role == StaffRole.Puskesmas ? "puskesmas" : "agency")} code)");
        if (name.Length is < 2 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            throw new ArgumentException("a name is 2–64 letters, digits, '.', '-' or '_'");
        if (accounts.Find(name) is not null)
            throw new ArgumentException($"{name} exists already");

        var password = await ReadPasswordAsync(input, error).ConfigureAwait(false);
        if (StaffAccounts.PasswordProblem(password) is { } problem)
            throw new ArgumentException(problem);
        var account = await accounts.AddAsync(name, password, role, scope, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"{account.Name} ({account.Role}{(account.Scope is null ? "" : " " + account.Scope)}) added; the authenticator is set up at the first sign-in at /console.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>The password: one line of standard input; typed at a terminal, it is not echoed.</summary>
    static async Task<string> ReadPasswordAsync(TextReader input, TextWriter error)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
            return (await input.ReadLineAsync().ConfigureAwait(false) ?? "").TrimEnd('\r', '\n');
        await error.WriteAsync("Password: ").ConfigureAwait(false);
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
                typed.Length--;
            else if (!char.IsControl(key.KeyChar))
                typed.Append(key.KeyChar);
        }
        await error.WriteLineAsync().ConfigureAwait(false);
        return typed.ToString();
    }

    static async Task<int> WithAccountAsync(StaffAccounts accounts, string name, TextWriter error, Func<StaffAccount, Task> action)
    {
        if (accounts.Find(name) is not { } account)
            return await FailAsync(error, $"no account named {name}").ConfigureAwait(false);
        await action(account).ConfigureAwait(false);
        return 0;
    }

    static async Task<int> FailAsync(TextWriter error, string? message)
    {
        if (message is not null)
            await error.WriteLineAsync(message).ConfigureAwait(false);
        await error.WriteLineAsync(Usage).ConfigureAwait(false);
        return 2;
    }
}
