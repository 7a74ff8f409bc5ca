using Microsoft.Extensions.Options;
using Savira.Core.Replies;
using Savira.Core.Services.Menu;
using Savira.Core.Understanding;

namespace Savira.Core.Services.SmallTalk;

public sealed class GreetingHandler(MainMenu menu, IOptions<AssistantOptions> assistant) : IServiceHandler
{
    public Intent Intent => Intent.Greeting;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var hour = Wib.ToWib(turn.Now).Hour;
        var partOfDay = hour switch { < 11 => "pagi", < 15 => "siang", < 18 => "sore", _ => "malam" };
        var opening = $"Halo, selamat {partOfDay}! 👋 Saya *{assistant.Value.Name}*, asisten virtual Pemerintah {assistant.Value.City}. Ada yang bisa saya bantu?";
        return ValueTask.FromResult(HandlerResult.Say(menu.Text(opening)));
    }
}
