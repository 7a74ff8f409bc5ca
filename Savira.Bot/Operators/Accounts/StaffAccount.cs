namespace Savira.Bot.Operators.Accounts;

/// <summary>One member of staff as stored (staff_accounts); the password only as its hash.</summary>
public sealed record StaffAccount
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public required string PasswordHash { get; init; }
    public required string Role { get; init; }
    public string? Scope { get; init; }
    public bool Disabled { get; init; }
    public required string SecurityStamp { get; init; }
    public int FailedSignIns { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public string? TotpSecret { get; init; }
    public long? TotpLastStep { get; init; }

    public bool HasTwoFactor => TotpSecret is not null;

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
