namespace Savira.Core.Services.Handoff;

/// <summary>The states of a handoff: waiting for a claim, held by an officer, then returned to the bot or closed.</summary>
public static class HandoffStates
{
    public const string Waiting = "waiting";
    public const string Held = "held";
    public const string Returned = "returned";
    public const string Closed = "closed";
}

/// <summary>A citizen's request for a human officer.</summary>
public sealed record HandoffRequest
{
    public required long Id { get; init; }
    public required string Sender { get; init; }
    public required string Channel { get; init; }
    public required string RequestText { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }

    /// <summary>By when an officer should have claimed it; after that the citizen is told when someone will.</summary>
    public required DateTimeOffset ClaimDueAt { get; init; }

    public required string State { get; init; }

    /// <summary>The service it belongs to (an intent id such as "pbb"), or "umum".</summary>
    public required string Service { get; init; }

    public string? HeldBy { get; init; }
    public DateTimeOffset? HeldAt { get; init; }

    /// <summary>Set by a transfer to one officer: only they may claim it.</summary>
    public string? AssignedTo { get; init; }

    public DateTimeOffset? LastCitizenAt { get; init; }
    public DateTimeOffset? ReleasedAt { get; init; }
    public string? ReleasedBy { get; init; }

    public bool IsActive => State is HandoffStates.Waiting or HandoffStates.Held;
}

/// <summary>One line of a handoff's transcript: the citizen, the bot, an officer, or an event of the desk.</summary>
public sealed record HandoffLine
{
    public const string Citizen = "citizen";
    public const string Bot = "bot";
    public const string Officer = "officer";
    public const string Event = "event";

    public required long Id { get; init; }
    public required string Author { get; init; }
    public string? OfficerName { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>
    /// For an officer's message: the outbox row carrying it to the citizen, and how far it got (Twilio's delivery
    /// status, the outbox's own state, or "retrying" after a failed attempt that the outbox will repeat).
    /// </summary>
    public long? OutboxId { get; init; }
    public string? Delivery { get; init; }
}

/// <summary>One line of the conversation before a handoff (from the journal), for the officer taking it over.</summary>
public sealed record TranscriptLine(string Direction, string Text, DateTimeOffset At);

/// <summary>What the engine needs to know of a sender's waiting or held handoff, asked for every message.</summary>
public sealed record ActiveHandoff
{
    public required long Id { get; init; }
    public required string State { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public required DateTimeOffset ClaimDueAt { get; init; }
    public required bool Acknowledged { get; init; }
    public required bool OverdueTold { get; init; }
    public required bool OfficerWrote { get; init; }
}

/// <summary>What a citizen's message did to their handoff; written by the journal in the message's own write.</summary>
public sealed record HandoffTurn
{
    public required long HandoffId { get; init; }
    public required IReadOnlyList<(string Author, string Text)> Lines { get; init; }

    /// <summary>Returned or closed by the citizen ("selesai", "batal"); null leaves the state.</summary>
    public string? EndState { get; init; }

    public bool Acknowledged { get; init; }
    public bool OverdueTold { get; init; }
}

public enum DeskOutcome
{
    Done,
    NotFound,
    Closed,
    HeldByOther,
    AssignedToOther,
    OutsideWindow,
    NoTemplate,
}

/// <summary>The outcome of an officer's action, with the handoff after it and the line it added, if any.</summary>
public sealed record DeskResult(DeskOutcome Outcome, HandoffRequest? Handoff = null, HandoffLine? Line = null, string? HeldBy = null);
