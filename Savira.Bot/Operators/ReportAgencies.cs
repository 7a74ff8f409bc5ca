using System.Security.Claims;
using Microsoft.Extensions.Options;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators;

/// <summary>
/// Which reports a staff account may see: an <c>opd</c> account scoped to an agency only those routed or re-assigned to
/// that agency (<see cref="ReportDeskOptions"/>); another's is "not found", whatever its ticket. Every other role sees all.
/// </summary>
public sealed class ReportAgencies(IOptionsMonitor<ReportDeskOptions> options)
{
    public bool Sees(ClaimsPrincipal user, InfrastructureReport report) =>
        user.RoleOf() != StaffRole.Opd
        || user.ScopeOf() is { } agency && string.Equals(agency, report.Agency, StringComparison.OrdinalIgnoreCase);

    /// <summary>Only admins see who reported: opd staff read a masked number.</summary>
    public static bool SeesReporter(ClaimsPrincipal user) => user.RoleOf() == StaffRole.Admin;

    /// <summary>The report as this account may read it: the reporter's number masked for everyone but admins.</summary>
    public static InfrastructureReport ForReader(ClaimsPrincipal user, InfrastructureReport report) =>
        SeesReporter(user) ? report : report with { Sender = Savira.Core.Privacy.Mask.Phone(report.Sender), PhotoUrl = null };

    public ReportDeskOptions Settings => options.CurrentValue;
}
