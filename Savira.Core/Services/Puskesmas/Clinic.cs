namespace Savira.Core.Services.Puskesmas;

/// <summary>An outpatient clinic (poli) of one puskesmas, with its daily quota of queue numbers.</summary>
public sealed record Clinic
{
    public required string PuskesmasCode { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Prefix { get; init; }
    public required long DailyQuota { get; init; }
    public required long MinutesPerPatient { get; init; }
    public string? PausedAt { get; init; }
    public bool IsPaused => PausedAt is not null;

    /// <summary>The number as printed on a ticket: "U-007".</summary>
    public string Ticket(long number) => $"{Prefix}-{number:000}";
}
