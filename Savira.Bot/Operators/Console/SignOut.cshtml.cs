using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;

namespace Savira.Bot.Operators.Console;

/// <summary>Signing out takes a form post (with its antiforgery token), so a link elsewhere cannot sign anyone out.</summary>
[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(StaffAccess.CookieScheme).ConfigureAwait(false);
        await HttpContext.SignOutAsync(StaffAccess.PendingScheme).ConfigureAwait(false);
        return Redirect("/console/masuk");
    }
}
