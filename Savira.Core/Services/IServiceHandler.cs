using Savira.Core.Dialogue;
using Savira.Core.Understanding;

namespace Savira.Core.Services;

/// <summary>Serves one intent: answers a first message, and the answers to its own questions.</summary>
public interface IServiceHandler
{
    Intent Intent { get; }

    ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken);

    /// <summary>The citizen answered a question this handler asked; <paramref name="dialogue"/> says which.</summary>
    ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken) =>
        StartAsync(turn, cancellationToken);

    /// <summary>
    /// Whether the message is plainly an answer to the question <paramref name="dialogue"/> asked (a NOP when a
    /// NOP was asked, a listed number, a pin when a location was asked). When it is not, the conversation may
    /// take it as a change of subject; a handler whose question takes free text says false and lets the
    /// conversation weigh the message.
    /// </summary>
    bool IsAnswer(Turn turn, DialogueState dialogue) => false;
}
