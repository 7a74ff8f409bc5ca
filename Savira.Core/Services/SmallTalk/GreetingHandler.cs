using Microsoft.Extensions.Options;
using Savira.Core.Services.Menu;
using Savira.Core.Understanding;

namespace Savira.Core.Services.SmallTalk;

public sealed class GreetingHandler(MainMenu menu, IOptions<AssistantOptions> assistant) : IServiceHandler
{
    static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public Intent Intent => Intent.Greeting;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var hour = TimeZoneInfo.ConvertTime(turn.Now, Wib).Hour;
        var partOfDay = hour switch { < 11 => "pagi", < 15 => "siang", < 18 => "sore", _ => "malam" };
        var opening = $"Halo, selamat {partOfDay}! 👋 Saya *{assistant.Value.Name}*, asisten virtual Pemerintah {assistant.Value.City}. Ada yang bisa saya bantu?";
        return ValueTask.FromResult(HandlerResult.Say(menu.Text(opening)));
    }
}
