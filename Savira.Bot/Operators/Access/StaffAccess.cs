using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators.Access;

/// <summary>
/// Sign-in and permissions for staff: the console's cookie (after password and authenticator code), the JSON API's
/// tokens, and one policy that applies <see cref="StaffAccessRules"/> to every page and endpoint.
/// </summary>
public static class StaffAccess
{
    public const string Policy = "staff";
    public const string CookieScheme = "Console";

    /// <summary>Between a right password and a right code (or setting up the authenticator): five minutes.</summary>
    public const string PendingScheme = "ConsolePending";

    const string SelectScheme = "Staff";

    public static IServiceCollection AddStaffAccess(this IServiceCollection services)
    {
        services.AddSingleton<StaffAccounts>();
        services.AddSingleton<ApiTokens>();
        services.AddSingleton<TwoFactorCodes>();
        services.AddSingleton<IAuthorizationHandler, StaffAccessHandler>();
        services.AddHostedService<DemoAccounts>();
        services.AddOptions<Console.CannedReplyOptions>().BindConfiguration(Console.CannedReplyOptions.Section);
        services.AddSingleton<Console.CannedReplies>();

        services.AddAuthentication(SelectScheme)
            .AddPolicyScheme(SelectScheme, "Console or API", options => options.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/admin/api") || context.Request.Path.StartsWithSegments("/metrics") ? ApiTokenHandler.SchemeName : CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, _ => { })
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = "Savira.Console";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8); // one working day
                options.SlidingExpiration = true;
                options.LoginPath = "/console/masuk";
                options.LogoutPath = "/console/keluar";
                options.AccessDeniedPath = "/console/ditolak";
                options.Events.OnValidatePrincipal = EndSessionUnlessCurrentAsync;
            })
            .AddCookie(PendingScheme, options =>
            {
                options.Cookie.Name = "Savira.Console.Pending";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                options.SlidingExpiration = false;
                options.LoginPath = "/console/masuk";
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().AddRequirements(new StaffAccessRequirement()));
        return services;
    }

    /// <summary>
    /// A session lasts only while its account is enabled and its security stamp unchanged: a new password, role or
    /// authenticator, or disabling the account, ends every session at its next request.
    /// </summary>
    static async Task EndSessionUnlessCurrentAsync(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<StaffAccounts>();
        var account = context.Principal?.AccountIdOf() is { } id ? accounts.Find(id) : null;
        if (account is { Disabled: false } && account.SecurityStamp == context.Principal!.FindFirst(StaffClaims.Stamp)?.Value)
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieScheme).ConfigureAwait(false);
    }
}
