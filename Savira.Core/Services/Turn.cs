using Savira.Core.Dialogue;
using Savira.Core.Inbound;
using Savira.Core.Understanding;

namespace Savira.Core.Services;

/// <summary>Everything a handler may look at to answer one message.</summary>
public sealed record Turn
{
    public required IncomingMessage Message { get; init; }
    /// <summary>The matcher's reading of a first message; for an answer to a pending question, the dialogue's own intent.</summary>
    public required MessageUnderstanding Understanding { get; init; }
    public required Session Session { get; init; }

    /// <summary>The keys of this message's side effects: a store that writes for the citizen takes one (see <see cref="Journal.EffectLedger"/>).</summary>
    public required Journal.MessageEffects Effects { get; init; }

    /// <summary>The topic this message follows up on ("biayanya berapa?" after the lost-KTP answer); null for a new subject.</summary>
    public Topic? FollowUpOf { get; init; }

    /// <summary>The matcher's reading of the follow-up's context (the topic's words): the puskesmas, plate or day it named.</summary>
    public MessageUnderstanding? Context { get; init; }
    public DateTimeOffset Now => Message.ReceivedAt;
}
