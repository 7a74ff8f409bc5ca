using Microsoft.AspNetCore.Authorization;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators.Access;

/// <summary>The requirement every console page and admin endpoint carries: <see cref="StaffAccessRules"/> allow it.</summary>
public sealed class StaffAccessRequirement : IAuthorizationRequirement;

/// <summary>
/// Allows a request when its endpoint's rule lets the user's role read or write there, and — for a role bound to one
/// puskesmas or agency — when the route names that one (another's rows cannot be reached by changing the code).
/// </summary>
public sealed class StaffAccessHandler : AuthorizationHandler<StaffAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffAccessRequirement requirement)
    {
        if (context.Resource is not HttpContext http || http.GetEndpoint() is not RouteEndpoint endpoint || context.User.RoleOf() is not { } role)
            return Task.CompletedTask;
        var pattern = endpoint.RoutePattern.RawText ?? "";
        var writes = !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        if (!StaffAccessRules.Allows(pattern, writes, role))
            return Task.CompletedTask;
        if (StaffRole.NeedsScope(role) && StaffAccessRules.For(pattern)?.ScopeRouteValue is { } routeValue
            && !string.Equals(http.GetRouteValue(routeValue)?.ToString(), context.User.ScopeOf(), StringComparison.OrdinalIgnoreCase))
            return Task.CompletedTask;
        context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
