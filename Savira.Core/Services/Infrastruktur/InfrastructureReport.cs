namespace Savira.Core.Services.Infrastruktur;

/// <summary>A citizen's report of damaged public works, with its ticket number and progress.</summary>
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
    public required string Status { get; init; }
    public string? StatusNote { get; init; }
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
