using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Savira.Bot.Channels.Twilio;

/// <summary>Refuses bodies that are too large or not a form, and reads the form for what follows.</summary>
public sealed partial class WebhookBodyFilter(IOptions<WebhookOptions> options, ILogger<WebhookBodyFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var maxBytes = options.Value.MaxBodyBytes;

        if (request.ContentLength > maxBytes)
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
            sizeLimit.MaxRequestBodySize = maxBytes;

        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "The body must be application/x-www-form-urlencoded, as Twilio sends it.");

        try
        {
            await request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "The body is not a valid form.");
        }

        return await next(context);
    }

    ProblemHttpResult Refuse(int status, string reason)
    {
        LogRefused(logger, status, reason);
        return TypedResults.Problem(reason, statusCode: status);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a webhook request with {Status}: {Reason}")]
    static partial void LogRefused(ILogger logger, int status, string reason);
}
