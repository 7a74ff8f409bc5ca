using System.ComponentModel.DataAnnotations;
using Savira.Core;
using Savira.Core.Inbound;

namespace Savira.Bot.Channels.WebChat;

/// <summary>A chat page for trying the bot in a browser, mapped in Development only.</summary>
public static class WebChatEndpoints
{
    public const string Channel = "webchat";

    public static RouteGroupBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        var chat = app.MapGroup("/chat");
        chat.MapGet("/", () => TypedResults.Content(WebChatPage.Html, "text/html; charset=utf-8"));
        chat.MapPost("/messages", SendAsync).DisableAntiforgery();
        return chat;
    }

    static async Task<IResult> SendAsync(WebChatMessage message, Assistant assistant, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(message.Visitor) || message.Visitor.Length > 64)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["visitor"] = ["Give a visitor id of 1 to 64 characters."] });
        if (message.Text is null || message.Text.Length > 4096)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Give a text of at most 4096 characters."] });

        var reply = await assistant.RespondAsync(
            IncomingMessage.Typed(Channel, $"{Channel}:{message.Visitor}", message.Text, clock.GetUtcNow()), cancellationToken);
        return TypedResults.Ok(new { messages = reply.Messages });
    }

    sealed record WebChatMessage([property: Required] string Visitor, [property: Required] string Text);
}
