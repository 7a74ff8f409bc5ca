using Microsoft.Extensions.Options;
using Savira.Core.Replies;
using Savira.Core.Services.Menu;
using Savira.Core.Understanding;

namespace Savira.Core.Services.SmallTalk;

/// <summary>Answers a greeting with the right time of day in WIB, and the menu. A salam is answered by the conversation's opening line.</summary>
public sealed class GreetingHandler(MainMenu menu, IOptions<AssistantOptions> assistant) : IServiceHandler
{
    public Intent Intent => Intent.Greeting;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var opening = $"Halo, selamat {PartOfDay(turn.Now)}! 👋 Saya *{assistant.Value.Name}*, asisten virtual Pemerintah {assistant.Value.City}. Ada yang bisa saya bantu?";
        return ValueTask.FromResult(HandlerResult.Say(menu.Text(opening)));
    }

    /// <summary>Pagi from 04.00, siang from 11.00, sore from 15.00, malam from 18.00 until 04.00 (WIB).</summary>
    public static string PartOfDay(DateTimeOffset now) => Wib.ToWib(now).Hour switch
    {
        >= 4 and < 11 => "pagi",
        >= 11 and < 15 => "siang",
        >= 15 and < 18 => "sore",
        _ => "malam",
    };
}
