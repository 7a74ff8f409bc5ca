using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Twilio.Security;

namespace Savira.Bot.Channels.Twilio;

/// <summary>
/// Lets through only requests signed with our auth token over the public URL Twilio called.
/// Runs after <see cref="WebhookBodyFilter"/>, which has read the form.
/// </summary>
public sealed partial class TwilioSignatureFilter(IOptions<TwilioOptions> options, ILogger<TwilioSignatureFilter> logger) : IEndpointFilter
{
    public const string Header = "X-Twilio-Signature";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var twilio = options.Value;
        if (!twilio.ValidateSignature)
            return await next(context);

        var request = context.HttpContext.Request;
        var signature = request.Headers[Header].ToString();
        if (signature.Length == 0) // RequestValidator throws on an empty signature
            return Forbidden("missing");

        var url = twilio.PublicBaseUrl.TrimEnd('/') + request.PathBase + request.Path + request.QueryString;
        var parameters = request.Form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        if (!Validator(twilio.AuthToken).Validate(url, parameters, signature))
            return Forbidden("wrong");

        return await next(context);
    }

    // RequestValidator keeps an HMAC instance, which is not thread-safe, and is costly to create (a native
    // HMAC context): one per thread, for the auth token it was made with. Validate runs synchronously.
    [ThreadStatic] static (string Token, RequestValidator Validator)? perThread;

    static RequestValidator Validator(string authToken)
    {
        if (perThread is not { } cached || !string.Equals(cached.Token, authToken, StringComparison.Ordinal))
            perThread = cached = (authToken, new RequestValidator(authToken));
        return cached.Validator;
    }

    ProblemHttpResult Forbidden(string what)
    {
        LogForbidden(logger, what);
        return TypedResults.Problem("The request is not signed by Twilio.", statusCode: StatusCodes.Status403Forbidden);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a webhook request with a {What} Twilio signature")]
    static partial void LogForbidden(ILogger logger, string what);
}
