using Savira.Core.Replies;

namespace Savira.Core.Dialogue;

/// <summary>The engine's answer to one message and the session as it stands afterwards.</summary>
public sealed record ConversationStep(Reply Reply, Session Session, double? Confidence)
{
    /// <summary>Citizen notices shown in this reply; the journal marks them delivered with it.</summary>
    public IReadOnlyList<long> DeliveredNotices { get; init; } = [];
}
