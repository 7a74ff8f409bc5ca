using Savira.Core.Inbound;

namespace Savira.Core.Evaluation;

/// <summary>
/// Sends each case's turns through the real <see cref="Assistant"/> as a new citizen, one turn after the
/// reply to the one before, and scores the replies to the last turn (joined by newlines).
/// </summary>
public sealed class ConversationRunner(Assistant assistant, TimeProvider clock)
{
    public const string Channel = "converse";

    public async Task<CaseResult> RunAsync(ConversationCase @case, string sender, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> last = [];
        foreach (var turn in @case.Turns)
        {
            var reply = await assistant.RespondAsync(IncomingMessage.Typed(Channel, sender, turn, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            last = reply.Messages;
        }
        return CaseResult.Score(@case, string.Join('\n', last));
    }
}
