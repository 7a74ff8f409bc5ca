using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators.Console;

/// <summary>The console's home: who is signed in, and what their role lets them do.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>What the role may do besides the pages (the JSON API, the waiting-room screen).</summary>
    public IReadOnlyList<string> Extras { get; private set; } = [];

    public void OnGet() => Extras = (User.RoleOf() ?? "") switch
    {
        StaffRole.Puskesmas => [$"Layar ruang tunggu untuk TV: /antrean/{User.ScopeOf()} (tanpa masuk, tanpa data pribadi)",
            $"API JSON untuk loket: /admin/api/puskesmas/{User.ScopeOf()}"],
        StaffRole.Auditor => ["Anda dapat membaca semua halaman di atas; tombol perubahan tidak tersedia untuk peran ini."],
        _ => ["Tindakan yang sama tersedia melalui API JSON (/admin/api) dengan token akun Anda."],
    };
}
