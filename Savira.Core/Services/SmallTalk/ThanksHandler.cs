using Savira.Core.Understanding;

namespace Savira.Core.Services.SmallTalk;

public sealed class ThanksHandler : IServiceHandler
{
    public Intent Intent => Intent.Thanks;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken) =>
        ValueTask.FromResult(HandlerResult.Say(
            "Sama-sama, senang bisa membantu! 🙏 Kalau ada yang lain, ketik *menu* ya."));
}
