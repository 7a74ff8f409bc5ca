using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Puskesmas;

namespace Savira.Bot.Operators.Access;

/// <summary>
/// The JSON API's credentials: <c>Authorization: Bearer TOKEN</c> or <c>X-Api-Key: TOKEN</c>, where TOKEN is an
/// account's token (<c>users token NAME</c>), the configured operators' key (Savira:Admin:ApiKey, an admin) or a
/// configured puskesmas staff key (Savira:Puskesmas:StaffKeys:CODE, that puskesmas' staff). Without one: 401; with
/// one that is not valid: 403, as before accounts existed.
/// </summary>
public sealed partial class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory loggerFactory, UrlEncoder encoder,
    ApiTokens tokens, StaffAccounts accounts, IOptionsMonitor<AdminOptions> admin, IOptionsMonitor<PuskesmasOptions> puskesmas)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string KeyHeader = "X-Api-Key";

    /// <summary>Whether a request carries API credentials (then this scheme, not the console's cookie, handles it).</summary>
    public static bool HasCredentials(HttpRequest request) =>
        request.Headers.ContainsKey(KeyHeader) || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var given = Credential(Request);
        if (given is null)
            return Task.FromResult(AuthenticateResult.NoResult());

        if (tokens.AccountOf(given) is { } id && accounts.Find(id) is { Disabled: false } account)
            return Success(StaffClaims.Principal(account.Name, account.Role, account.Scope, SchemeName, account.Id));
        if (Matches(given, admin.CurrentValue.ApiKey))
            return Success(StaffClaims.Principal("kunci-api-konfigurasi", StaffRole.Admin, null, SchemeName));
        foreach (var (code, key) in puskesmas.CurrentValue.StaffKeys)
            if (Matches(given, key))
                return Success(StaffClaims.Principal($"staf-{code.ToLowerInvariant()}", StaffRole.Puskesmas, code, SchemeName));

        LogWrongKey(Logger, Request.Path);
        return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
    }

    static Task<AuthenticateResult> Success(System.Security.Claims.ClaimsPrincipal principal) =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var hasCredentials = Credential(Request) is not null;
        await Problem(hasCredentials ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
            hasCredentials ? "The API key is not valid." : $"Send an API token as 'Authorization: Bearer …' or in the {KeyHeader} header.").ConfigureAwait(false);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "Your role may not do this here.");

    Task Problem(int status, string detail)
    {
        var problems = Context.RequestServices.GetRequiredService<IProblemDetailsService>();
        Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Detail = detail },
        }).AsTask();
    }

    static string? Credential(HttpRequest request)
    {
        var key = request.Headers[KeyHeader].ToString();
        if (key.Length > 0)
            return key;
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7 ? authorization[7..].Trim() : null;
    }

    static bool Matches(string given, string expected) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an admin request to {Path} with a wrong API key")]
    static partial void LogWrongKey(ILogger logger, PathString path);
}
