using Savira.Core.Understanding;

namespace Savira.Core.Services.SmallTalk;

public sealed class OutOfScopeHandler : IServiceHandler
{
    public Intent Intent => Intent.OutOfScope;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken) =>
        ValueTask.FromResult(HandlerResult.Say(
            "Mohon maaf, saya belum memahami pesan Anda 🙏\nCoba tulis dengan kata lain, atau ketik *menu* untuk melihat layanan yang tersedia."));
}
