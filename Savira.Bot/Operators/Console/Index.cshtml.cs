using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;

namespace Savira.Bot.Operators.Console;

/// <summary>The console's home: who is signed in, and what their role lets them do.</summary>
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<string> Areas { get; private set; } = [];

    public void OnGet() => Areas = (User.RoleOf() ?? "") switch
    {
        StaffRole.Admin => ["Mengelola pengguna konsol dan perannya", "Semua data layanan melalui API JSON (/admin/api)"],
        StaffRole.Editor => ["Menyusun draf jawaban pengetahuan di halaman Pengetahuan (/console/pengetahuan); admin yang menerbitkannya", "Data latih melalui API JSON (/admin/api/training)"],
        StaffRole.Officer => ["Melayani warga yang meminta petugas di Kotak masuk (/console/kotak-masuk)"],
        StaffRole.Puskesmas => [$"Memanggil antrean di loket (/console/puskesmas/{User.ScopeOf()}) atau melalui API JSON (/admin/api/puskesmas/{User.ScopeOf()})",
            $"Menampilkan layar ruang tunggu di TV (/antrean/{User.ScopeOf()}, tanpa masuk)"],
        StaffRole.Opd => ["Memperbarui status laporan warga melalui API JSON (/admin/api/reports)"],
        StaffRole.Auditor => ["Melihat data dan daftar pengguna tanpa mengubahnya"],
        _ => [],
    };
}
