namespace Savira.Core.Services.Handoff;

/// <summary>A citizen's request for a human officer; open until released or expired.</summary>
public sealed record HandoffRequest
{
    public required long Id { get; init; }
    public required string Sender { get; init; }
    public required string Channel { get; init; }
    public required string RequestText { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? ReleasedAt { get; init; }
    public string? ReleasedBy { get; init; }
}

/// <summary>One line of the conversation before and during a handoff, for the officer taking it over.</summary>
public sealed record TranscriptLine(string Direction, string Text, DateTimeOffset At);

public enum ReleaseOutcome
{
    Released,
    NotFound,
    AlreadyClosed,
}
