using Savira.Core.Replies;

namespace Savira.Core.Dialogue;

/// <summary>The engine's answer to one message and the session as it stands afterwards.</summary>
public sealed record ConversationStep(Reply Reply, Session Session, double? Confidence)
{
    /// <summary>Citizen notices shown in this reply; the journal marks them delivered with it.</summary>
    public IReadOnlyList<long> DeliveredNotices { get; init; } = [];

    /// <summary>Set when the message could not be served; the journal records it for operators.</summary>
    public Unanswered? Unanswered { get; init; }

    /// <summary>What the message did to the sender's handoff (its lines, an end); the journal writes it with the message.</summary>
    public Services.Handoff.HandoffTurn? Handoff { get; init; }
}
