using Savira.Core.Understanding;

namespace Savira.Core.Services.Menu;

public sealed class MenuHandler(MainMenu menu) : IServiceHandler
{
    public Intent Intent => Intent.Menu;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken) =>
        ValueTask.FromResult(HandlerResult.Say(menu.Text()));
}
