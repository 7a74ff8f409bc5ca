namespace Savira.Core.Services.Infrastruktur;

/// <summary>A citizen's report of damaged public works, with its ticket number, stage and agency.</summary>
public sealed record InfrastructureReport
{
    public required string TicketNumber { get; init; }
    public required string Sender { get; init; }
    public required string Category { get; init; }
    public required string Description { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? PhotoUrl { get; init; }
    public required string Status { get; init; } // the stage (ReportStages); the API has called it status from the start
    public string? StatusNote { get; init; }
    public string? Agency { get; init; }
    public string? Kecamatan { get; init; }
    public string? Kelurahan { get; init; }
    public required DateTimeOffset StageSince { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>What the report dialogue collected, before it has a ticket number.</summary>
public sealed record NewReport
{
    public required string Sender { get; init; }
    public required string Category { get; init; }
    public required string Description { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? PhotoUrl { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One line of a report's history: a stage it entered, or a re-assignment to another agency.</summary>
public sealed record ReportEvent
{
    public const string StageKind = "stage";
    public const string AgencyKind = "agency";

    public required long Id { get; init; }
    public required string Kind { get; init; }
    public required string Stage { get; init; }
    public string? Agency { get; init; }
    public string? Note { get; init; }
    public required string Actor { get; init; }
    public required DateTimeOffset At { get; init; }
}

/// <summary>A photo Savira keeps for a report: the citizen's ("warga") or the completion photo ("selesai").</summary>
public sealed record ReportPhoto
{
    public const string Citizen = "warga";
    public const string Completion = "selesai";

    public required long Id { get; init; }
    public required string Kind { get; init; }
    public required string ContentType { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public byte[]? Bytes { get; init; } // only when asked for one photo
}

/// <summary>A stage change asked by staff; <see cref="RequestKey"/> makes the same form sent twice act once.</summary>
public sealed record StageChange
{
    public required string Ticket { get; init; }
    public required string Stage { get; init; }
    public string? Note { get; init; }
    public required string Actor { get; init; }
    public string? RequestKey { get; init; }
    public byte[]? CompletionPhoto { get; init; }
    public string? Kecamatan { get; init; }
    public string? Kelurahan { get; init; }
}

/// <summary>A report moved to another agency, with the note why.</summary>
public sealed record Reassignment
{
    public required string Ticket { get; init; }
    public required string Agency { get; init; }
    public required string Note { get; init; }
    public required string Actor { get; init; }
    public string? RequestKey { get; init; }
}

public enum DeskOutcome
{
    Changed,
    Unchanged, // a retry of a change already made: nothing written, nothing sent again
    NotFound,
    Refused,
}

/// <summary>What came of a change: the report as it is now, or why nothing was written (Indonesian, for staff).</summary>
public sealed record DeskResult(DeskOutcome Outcome, InfrastructureReport? Report, string? Problem = null, string? Field = null);
