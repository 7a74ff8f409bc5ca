using Savira.Core.Inbound;

namespace Savira.Core.Journal;

/// <summary>
/// Hands out the keys of one message's side effects, in the order its handlers ask for them: the same message,
/// answered again after a crash, asks in the same order and gets the same keys. A store that writes on a citizen's
/// behalf takes an <see cref="EffectKey"/>, and the only place to get one is the turn's <see cref="MessageEffects"/>.
/// </summary>
public sealed class MessageEffects(IncomingMessage message)
{
    int next;

    public EffectKey Next() => new(message.Channel, message.MessageId, next++);
}
