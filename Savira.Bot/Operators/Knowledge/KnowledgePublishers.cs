using System.Security.Claims;
using Microsoft.Extensions.Options;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators.Knowledge;

/// <summary>
/// Who may change what citizens are told: admins, and the editors named in <see cref="KnowledgeOptions.EditorsWhoPublish"/>.
/// Every other editor drafts. Checked in each handler that publishes, rolls back or deactivates, since the route rules
/// only know roles.
/// </summary>
public sealed class KnowledgePublishers(IOptionsMonitor<KnowledgeOptions> options)
{
    public const string Refusal = "Akun Anda hanya dapat menyimpan draf. Minta admin untuk menerbitkannya.";

    public bool MayPublish(ClaimsPrincipal user) => user.RoleOf() switch
    {
        StaffRole.Admin => true,
        StaffRole.Editor => options.CurrentValue.EditorsWhoPublish.Contains(user.NameOf(), StringComparer.OrdinalIgnoreCase),
        _ => false,
    };
}
