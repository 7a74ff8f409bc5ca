using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Savira.Core.Data;

namespace Savira.Bot.Operators.Accounts;

/// <summary>
/// The staff accounts (staff_accounts): made, listed and disabled from the command line, signed in to in the console.
/// Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>; every change of password,
/// role or scope, and disabling, gives the account a new security stamp, which ends its signed-in sessions.
/// </summary>
public sealed class StaffAccounts(Database database, DatabaseWriter writer, TimeProvider clock)
{
    /// <summary>Wrong passwords or codes in a row before the account is locked for <see cref="LockoutDuration"/>.</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public const int MinPasswordLength = 10;

    static readonly PasswordHasher<StaffAccount> Hasher = new();

    const string Select =
        """
        SELECT id, name, password_hash AS PasswordHash, role, scope, disabled, security_stamp AS SecurityStamp,
               failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil, totp_secret AS TotpSecret, totp_last_step AS TotpLastStep
        FROM staff_accounts
        """;

    public StaffAccount? Find(string name) =>
        database.Read(connection => connection.QuerySingleOrDefault<Row>($"{Select} WHERE name = @name", new { name = name.Trim() }))?.ToAccount();

    public StaffAccount? Find(long id) =>
        database.Read(connection => connection.QuerySingleOrDefault<Row>($"{Select} WHERE id = @id", new { id }))?.ToAccount();

    public IReadOnlyList<StaffAccount> List() =>
        database.Read(connection => connection.Query<Row>($"{Select} ORDER BY name").Select(row => row.ToAccount()).ToList());

    /// <summary>Why a password may not be used, or null when it may.</summary>
    public static string? PasswordProblem(string password) =>
        password.Length < MinPasswordLength ? $"Kata sandi minimal {MinPasswordLength} karakter."
        : password.Distinct().Count() < 4 ? "Kata sandi terlalu mudah ditebak."
        : null;

    public async Task<StaffAccount> AddAsync(string name, string password, string role, string? scope, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(clock.GetUtcNow());
        var placeholder = new StaffAccount { Id = 0, Name = name, PasswordHash = "", Role = role, SecurityStamp = "" };
        var hash = Hasher.HashPassword(placeholder, password);
        await writer.WriteAsync(connection => connection.Execute(
            """
            INSERT INTO staff_accounts (name, password_hash, role, scope, security_stamp, created_at, updated_at)
            VALUES (@name, @hash, @role, @scope, @stamp, @now, @now)
            """,
            new { name, hash, role, scope, stamp = NewStamp(), now }), cancellationToken).ConfigureAwait(false);
        return Find(name)!;
    }

    /// <summary>Checks a password in constant work whether or not the account exists; rehashes an outdated hash.</summary>
    public async Task<bool> VerifyPasswordAsync(StaffAccount account, string password, CancellationToken cancellationToken)
    {
        var result = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            var hash = Hasher.HashPassword(account, password);
            await writer.WriteAsync(connection => connection.Execute(
                "UPDATE staff_accounts SET password_hash = @hash WHERE id = @id", new { hash, id = account.Id }), cancellationToken).ConfigureAwait(false);
        }
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>Spends the time a real check takes, so a wrong name cannot be told from a wrong password by timing.</summary>
    public static void VerifyNothing(string password) =>
        Hasher.VerifyHashedPassword(DummyAccount, DummyHash, password);

    static readonly StaffAccount DummyAccount = new() { Id = 0, Name = "", PasswordHash = "", Role = StaffRole.Auditor, SecurityStamp = "" };
    static readonly string DummyHash = Hasher.HashPassword(DummyAccount, Guid.NewGuid().ToString());

    public Task SetPasswordAsync(long id, string password, CancellationToken cancellationToken)
    {
        var account = Find(id) ?? throw new InvalidOperationException($"no staff account {id}");
        var hash = Hasher.HashPassword(account, password);
        return Change(id, "password_hash = @value", hash, cancellationToken);
    }

    public Task SetRoleAsync(long id, string role, string? scope, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "UPDATE staff_accounts SET role = @role, scope = @scope, security_stamp = @stamp, updated_at = @now WHERE id = @id",
            new { id, role, scope, stamp = NewStamp(), now = StoredTime.Format(clock.GetUtcNow()) }), cancellationToken);

    public Task DisableAsync(long id, CancellationToken cancellationToken) => Change(id, "disabled = @value", 1L, cancellationToken);

    public Task EnableAsync(long id, CancellationToken cancellationToken) => Change(id, "disabled = @value", 0L, cancellationToken);

    /// <summary>A wrong password or code: counted, and past <see cref="MaxFailedSignIns"/> the account is locked for a while.</summary>
    public Task RecordFailedSignInAsync(long id, CancellationToken cancellationToken)
    {
        var lockedUntil = StoredTime.Format(clock.GetUtcNow() + LockoutDuration);
        return writer.WriteAsync(connection => connection.Execute(
            """
            UPDATE staff_accounts
            SET failed_sign_ins = failed_sign_ins + 1,
                locked_until = CASE WHEN failed_sign_ins + 1 >= @max THEN @lockedUntil ELSE locked_until END
            WHERE id = @id
            """,
            new { id, max = MaxFailedSignIns, lockedUntil }), cancellationToken);
    }

    public Task RecordSignInAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "UPDATE staff_accounts SET failed_sign_ins = 0, locked_until = NULL WHERE id = @id", new { id }), cancellationToken);

    /// <summary>Keeps the authenticator secret the user proved with a code; ends other sessions.</summary>
    public Task SetTwoFactorAsync(long id, string secret, long step, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "UPDATE staff_accounts SET totp_secret = @secret, totp_last_step = @step, security_stamp = @stamp, updated_at = @now WHERE id = @id",
            new { id, secret, step, stamp = NewStamp(), now = StoredTime.Format(clock.GetUtcNow()) }), cancellationToken);

    /// <summary>Marks a code's time step as used; false when it (or a later one) was used already, so a code works once.</summary>
    public Task<bool> UseTwoFactorStepAsync(long id, long step, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "UPDATE staff_accounts SET totp_last_step = @step WHERE id = @id AND (totp_last_step IS NULL OR totp_last_step < @step)",
            new { id, step }) == 1, cancellationToken);

    /// <summary>Removes the authenticator, so the next sign-in sets one up again (an admin's action when a phone is lost).</summary>
    public Task ResetTwoFactorAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "UPDATE staff_accounts SET totp_secret = NULL, totp_last_step = NULL, security_stamp = @stamp, updated_at = @now WHERE id = @id",
            new { id, stamp = NewStamp(), now = StoredTime.Format(clock.GetUtcNow()) }), cancellationToken);

    Task<int> Change(long id, string assignment, object value, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            $"UPDATE staff_accounts SET {assignment}, security_stamp = @stamp, updated_at = @now WHERE id = @id",
            new { id, value, stamp = NewStamp(), now = StoredTime.Format(clock.GetUtcNow()) }), cancellationToken);

    static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    sealed record Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string PasswordHash { get; init; } = "";
        public string Role { get; init; } = "";
        public string? Scope { get; init; }
        public long Disabled { get; init; }
        public string SecurityStamp { get; init; } = "";
        public long FailedSignIns { get; init; }
        public string? LockedUntil { get; init; }
        public string? TotpSecret { get; init; }
        public long? TotpLastStep { get; init; }

        public StaffAccount ToAccount() => new()
        {
            Id = Id,
            Name = Name,
            PasswordHash = PasswordHash,
            Role = Role,
            Scope = Scope,
            Disabled = Disabled != 0,
            SecurityStamp = SecurityStamp,
            FailedSignIns = (int)FailedSignIns,
            LockedUntil = LockedUntil is null ? null : StoredTime.Parse(LockedUntil),
            TotpSecret = TotpSecret,
            TotpLastStep = TotpLastStep,
        };
    }
}
