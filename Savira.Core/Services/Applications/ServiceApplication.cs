namespace Savira.Core.Services.Applications;

/// <summary>An application filed with Disdukcapil or DPMPTSP, as a citizen may see it.</summary>
public sealed record ServiceApplication
{
    public required string RegistrationNumber { get; init; }
    public required string Intent { get; init; }
    public required string Kind { get; init; }
    public required string ApplicantName { get; init; }
    public required string Status { get; init; } // diterima, diverifikasi, diproses, selesai, ditolak
    public string? Note { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
