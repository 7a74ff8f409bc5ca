using Microsoft.Extensions.Options;
using Savira.Core;
using Savira.Core.Replies;

namespace Savira.Bot.Channels.Twilio;

public static partial class TwilioEndpoints
{
    public static RouteGroupBuilder MapTwilio(this IEndpointRouteBuilder app)
    {
        var twilio = app.MapGroup("/webhooks/twilio")
            .AddEndpointFilter<TwilioWebhookFilter>()
            .DisableAntiforgery(); // Twilio signs its requests instead

        // Signed by Twilio, not a staff request: the sign-in, access rules and audit middleware are skipped.
        twilio.MapPost("/whatsapp", ReceiveMessage).ShortCircuit();
        return twilio;
    }

    static async Task<IResult> ReceiveMessage(HttpContext http, Assistant assistant, TimeProvider clock,
        IOptions<WebhookOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (message, problem, unreadablePin) = TwilioInboundForm.Read(http.Request.Form, clock.GetUtcNow(), options.Value);
        if (unreadablePin)
        {
            LogUnreadablePin(loggers.CreateLogger(typeof(TwilioEndpoints)), problem!);
            return TypedResults.Text(TwimlReply.For(new Reply { Messages = [TwilioInboundForm.UnreadablePinReply] }), "application/xml");
        }
        if (message is null)
        {
            LogInvalidMessage(loggers.CreateLogger(typeof(TwilioEndpoints)), problem!);
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var reply = await assistant.RespondAsync(message, cancellationToken);
        return TypedResults.Text(TwimlReply.For(reply), "application/xml");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a webhook message with 400: {Problem}")]
    static partial void LogInvalidMessage(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answered a webhook message with the unreadable-pin hint, storing nothing: {Problem}")]
    static partial void LogUnreadablePin(ILogger logger, string problem);
}
