using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Emergency;

/// <summary>
/// Someone's life or safety is at risk now: the reply starts with whom to call in Kota Semarang (112 first) and
/// goes on with what to do now, for the kinds of emergency the message's words show. It never asks anything back.
/// </summary>
public sealed class EmergencyHandler : IServiceHandler
{
    public Intent Intent => Intent.Emergency;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        // A menu pick or an answer inside a dialogue reaches a handler without the matcher's words: read the text then.
        var words = turn.Understanding.Words.Count > 0 ? turn.Understanding.Words : SimpleTextNormalizer.Words(turn.Message.Text).ToList();
        return ValueTask.FromResult(HandlerResult.Say(EmergencyReply.For(EmergencySigns.Read(words))));
    }
}
