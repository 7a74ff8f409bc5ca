using System.Security.Claims;
using Microsoft.Extensions.Options;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators;

/// <summary>
/// Which agency (OPD) handles which report categories (Savira:Reports:Agencies, agency code → categories): an
/// <c>opd</c> account sees and changes only its agency's reports; another's is "not found", whatever its ticket.
/// </summary>
public sealed class ReportAgencyOptions
{
    public const string Section = "Savira:Reports";

    public Dictionary<string, List<string>> Agencies { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class ReportAgencies(IOptionsMonitor<ReportAgencyOptions> options)
{
    /// <summary>Whether <paramref name="user"/> may see a report of <paramref name="category"/>; every role but opd sees all.</summary>
    public bool Sees(ClaimsPrincipal user, string category) =>
        user.RoleOf() != StaffRole.Opd
        || user.ScopeOf() is { } agency && options.CurrentValue.Agencies.TryGetValue(agency, out var categories)
           && categories.Contains(category, StringComparer.OrdinalIgnoreCase);
}
