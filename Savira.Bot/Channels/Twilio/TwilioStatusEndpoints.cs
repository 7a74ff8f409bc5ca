using System.Globalization;
using System.Text.RegularExpressions;
using Savira.Core.Outbox;

namespace Savira.Bot.Channels.Twilio;

/// <summary>Twilio's delivery reports (status callbacks) for the messages the outbox sent; signed like every webhook.</summary>
public static partial class TwilioStatusEndpoints
{
    public const string Path = "/webhooks/twilio/status";

    public static RouteGroupBuilder MapTwilioStatus(this IEndpointRouteBuilder app)
    {
        var twilio = app.MapGroup("/webhooks/twilio")
            .AddEndpointFilter<TwilioWebhookFilter>()
            .DisableAntiforgery(); // Twilio signs its requests instead

        twilio.MapPost("/status", ReceiveStatus);
        return twilio;
    }

    static async Task<IResult> ReceiveStatus(HttpContext http, OutboxStore outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        var form = http.Request.Form;
        foreach (var field in (string[])["MessageSid", "MessageStatus", "ErrorCode"])
        {
            if (form[field].Count > 1)
                return TypedResults.Problem($"The field {field} is given more than once.", statusCode: StatusCodes.Status400BadRequest);
        }
        var sid = form["MessageSid"].ToString();
        if (!SidPattern().IsMatch(sid))
            return TypedResults.Problem("The field MessageSid must be a Twilio message SID.", statusCode: StatusCodes.Status400BadRequest);
        var status = form["MessageStatus"].ToString();
        if (!StatusPattern().IsMatch(status))
            return TypedResults.Problem("The field MessageStatus must be a Twilio message status such as delivered.", statusCode: StatusCodes.Status400BadRequest);
        long? outboxId = null;
        var query = http.Request.Query["outbox"].ToString();
        if (query.Length > 0)
        {
            if (!long.TryParse(query, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return TypedResults.Problem("The query parameter outbox must be a whole number.", statusCode: StatusCodes.Status400BadRequest);
            outboxId = id;
        }
        var errorCode = form["ErrorCode"].ToString();
        if (errorCode.Length > 0 && !ErrorCodePattern().IsMatch(errorCode))
            return TypedResults.Problem("The field ErrorCode must be a Twilio error code such as 63016.", statusCode: StatusCodes.Status400BadRequest);

        var known = await outbox.RecordDeliveryAsync(outboxId, sid, status, errorCode.Length == 0 ? null : errorCode, clock.GetUtcNow(), cancellationToken);
        // Twilio does not retry status callbacks; an unknown SID is acknowledged and left alone.
        return known ? TypedResults.NoContent() : TypedResults.Ok(new { ignored = "unknown message" });
    }

    // \z, not $: "$" also matches before a final line break.
    [GeneratedRegex(@"^(SM|MM)[0-9a-fA-F]{32}\z")]
    private static partial Regex SidPattern();

    [GeneratedRegex(@"^[a-z_]{2,20}\z")]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@"^[0-9]{1,10}\z")]
    private static partial Regex ErrorCodePattern();
}
