namespace Savira.Core.Dialogue;

/// <summary>One citizen's conversation state, kept between messages until it has been idle too long.</summary>
public sealed record Session
{
    public required string Sender { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset LastActivityAt { get; init; }
    public DialogueState? Dialogue { get; init; }

    /// <summary>What the last answered request was about; the context of a follow-up.</summary>
    public Topic? Topic { get; init; }

    public static Session StartNew(string sender, DateTimeOffset now) =>
        new() { Sender = sender, StartedAt = now, LastActivityAt = now };

    public bool IsIdleSince(DateTimeOffset now, TimeSpan idleLimit) => now - LastActivityAt > idleLimit;
}
