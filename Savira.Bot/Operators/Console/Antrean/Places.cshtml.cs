using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Puskesmas;

namespace Savira.Bot.Operators.Console.Antrean;

/// <summary>The city's puskesmas, to open one's queue; a puskesmas account sees only its own.</summary>
public sealed class PlacesModel(PuskesmasDirectory directory) : PageModel
{
    public IReadOnlyList<PuskesmasPlace> Places { get; private set; } = [];

    public void OnGet() =>
        Places = User.RoleOf() == StaffRole.Puskesmas
            ? [.. directory.All().Where(place => string.Equals(place.Code, User.ScopeOf(), StringComparison.OrdinalIgnoreCase))]
            : directory.All();
}
