using System.ComponentModel.DataAnnotations;
using Savira.Core;
using Savira.Core.Inbound;
using Savira.Core.Outbox;

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
        chat.MapGet("/messages", PushedAsync); // the page polls: an officer's replies and other pushed notices
        return chat;
    }

    /// <summary>Messages pushed to the visitor after <paramref name="after"/> (an outbox id); the page asks every few seconds.</summary>
    static async Task<IResult> PushedAsync(string? visitor, long? after, OutboxStore outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(visitor) || visitor.Length > 64)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["visitor"] = ["Give a visitor id of 1 to 64 characters."] });
        var pushed = await outbox.TakeWebChatAsync($"{Channel}:{visitor}", after ?? 0, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new { messages = pushed.Select(message => new { id = message.Id, text = message.Body, media = message.MediaUrl }) });
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
