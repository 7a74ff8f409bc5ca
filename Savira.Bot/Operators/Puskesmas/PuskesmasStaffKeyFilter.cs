using Microsoft.Extensions.Options;
using Savira.Core.Services.Puskesmas;

namespace Savira.Bot.Operators.Puskesmas;

/// <summary>
/// 401 without an X-Api-Key header, 403 unless it is the key of the puskesmas named in the route
/// (Savira:Puskesmas:StaffKeys:&lt;code&gt;): one puskesmas' staff cannot touch another's queue.
/// </summary>
public sealed partial class PuskesmasStaffKeyFilter(IOptions<PuskesmasOptions> options, ILogger<PuskesmasStaffKeyFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var given = http.Request.Headers[AdminApiKeyFilter.Header].ToString();
        if (given.Length == 0)
            return TypedResults.Problem($"Send your puskesmas' staff API key in the {AdminApiKeyFilter.Header} header.", statusCode: StatusCodes.Status401Unauthorized);

        var code = http.GetRouteValue("code")?.ToString() ?? "";
        var expected = options.Value.StaffKeys.FirstOrDefault(pair => string.Equals(pair.Key, code, StringComparison.OrdinalIgnoreCase)).Value ?? "";
        if (!AdminApiKeyFilter.Matches(given, expected))
        {
            LogWrongKey(logger, http.Request.Path);
            return TypedResults.Problem("The API key is not valid for this puskesmas.", statusCode: StatusCodes.Status403Forbidden);
        }
        return await next(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a puskesmas staff request to {Path} with a wrong API key")]
    static partial void LogWrongKey(ILogger logger, PathString path);
}
