using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Dialogue;

/// <summary>How the conversation weighs a message against its state, section "Savira:Conversation".</summary>
public sealed class ConversationOptions
{
    public const string Section = "Savira:Conversation";

    /// <summary>A dialogue waiting for an answer is left when the message is another service at least this surely.</summary>
    [Range(0.0, 1.0)] public double TopicSwitchConfidence { get; init; } = 0.6;

    /// <summary>A message of at most this many words, without another service's words, follows up on the last topic.</summary>
    [Range(1, 60)] public int FollowUpMaxWords { get; init; } = 12;

    /// <summary>
    /// A message whose words show an emergency is answered as one, whatever the conversation's state, when the
    /// classifier ranks the emergency first with at least this confidence, or anywhere with <see cref="EmergencyAnyRank"/>.
    /// Set low on purpose: a needless 112 line costs little, a missed one a life.
    /// </summary>
    [Range(0.0, 1.0)] public double EmergencyConfidence { get; init; } = 0.25;

    [Range(0.0, 1.0)] public double EmergencyAnyRank { get; init; } = 0.4;

    /// <summary>At most this many requests in one message are answered, in order.</summary>
    [Range(1, 5)] public int MaxRequestsPerMessage { get; init; } = 3;
}
