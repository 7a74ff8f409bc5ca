using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Savira.Bot.Operators;

/// <summary>401 without an X-Api-Key header, 403 with a key that isn't the operators' key.</summary>
public sealed partial class AdminApiKeyFilter(IOptions<AdminOptions> options, ILogger<AdminApiKeyFilter> logger) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (given.Length == 0)
            return TypedResults.Problem($"Send the operators' API key in the {Header} header.", statusCode: StatusCodes.Status401Unauthorized);
        if (!Matches(given, options.Value.ApiKey))
        {
            LogWrongKey(logger, context.HttpContext.Request.Path);
            return TypedResults.Problem("The API key is not valid.", statusCode: StatusCodes.Status403Forbidden);
        }
        return await next(context);
    }

    public static bool Matches(string given, string expected) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an admin request to {Path} with a wrong API key")]
    static partial void LogWrongKey(ILogger logger, PathString path);
}
