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
}
