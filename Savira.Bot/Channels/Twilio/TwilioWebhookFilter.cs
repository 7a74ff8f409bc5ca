using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Savira.Bot.Channels.Twilio;

/// <summary>
/// The gate of every Twilio webhook, the cheapest refusal first. A body declared over the limit (413) and, when
/// signatures are checked, a request without a well-formed X-Twilio-Signature (403) are refused before a byte of the
/// body is read; then the Content-Type (415), the form itself (<see cref="WebhookForm"/>: 413, 400), and the signature
/// over <c>Twilio:PublicBaseUrl</c> + path and the form (403). Only a signed form reaches the endpoint, as
/// <c>Request.Form</c>. Every refusal is a ProblemDetails and one warning line, never an exception, and stores nothing.
/// </summary>
public sealed partial class TwilioWebhookFilter(
    IOptions<TwilioOptions> twilioOptions, IOptions<WebhookOptions> webhookOptions, ILogger<TwilioWebhookFilter> logger) : IEndpointFilter
{
    public const string SignatureHeader = "X-Twilio-Signature";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var twilio = twilioOptions.Value;
        var maxBytes = webhookOptions.Value.MaxBodyBytes;

        if (request.ContentLength > maxBytes)
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");

        byte[]? signature = null;
        if (twilio.ValidateSignature && !TwilioSignature.TryRead(request.Headers[SignatureHeader], out signature))
            return Forbidden(request.Headers.ContainsKey(SignatureHeader) ? "malformed" : "missing");

        if (WebhookForm.ContentTypeProblem(request.Headers.ContentType) is { } contentTypeProblem)
            return Refuse(StatusCodes.Status415UnsupportedMediaType, contentTypeProblem);

        var (form, status, problem) = await WebhookForm.ReadAsync(request, maxBytes, http.RequestAborted);
        if (form is null)
            return Refuse(status, problem!);

        if (signature is not null)
        {
            var url = twilio.PublicBaseUrl.TrimEnd('/') + request.PathBase + request.Path + request.QueryString;
            if (!TwilioSignature.Matches(twilio.AuthToken, url, form, signature))
                return Forbidden("wrong");
        }

        http.Features.Set<IFormFeature>(new FormFeature(form));
        return await next(context);
    }

    ProblemHttpResult Refuse(int status, string reason)
    {
        LogRefused(logger, status, reason);
        return TypedResults.Problem(reason, statusCode: status);
    }

    ProblemHttpResult Forbidden(string what)
    {
        LogForbidden(logger, what);
        return TypedResults.Problem("The request is not signed by Twilio.", statusCode: StatusCodes.Status403Forbidden);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a webhook request with {Status}: {Reason}")]
    static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a webhook request with a {What} Twilio signature")]
    static partial void LogForbidden(ILogger logger, string what);
}
