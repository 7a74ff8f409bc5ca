using Savira.Core.Understanding;

namespace Savira.Core.Services.Placeholders;

/// <summary>A short fixed answer for a service whose real handler is not built yet.</summary>
public sealed class PlaceholderHandler(Intent intent, string answer) : IServiceHandler
{
    public Intent Intent => intent;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken) =>
        ValueTask.FromResult(HandlerResult.Say(answer + "\n\nKetik *menu* untuk layanan lainnya."));

    public static IEnumerable<PlaceholderHandler> ForCityServices() =>
    [
        new(Intent.Rsud, "🏥 *RSUD KRMT Wongsonegoro*\nJadwal dokter, pendaftaran dan info kamar segera hadir di sini. Untuk keadaan darurat, langsung datang ke IGD (buka 24 jam)."),
        new(Intent.Kependudukan, "🪪 *Kependudukan (Disdukcapil)*\nInfo KTP-el, KK, akta kelahiran/kematian, KIA dan pindah domisili segera hadir di sini."),
        new(Intent.IzinNakes, "📄 *Izin Praktik Tenaga Kesehatan*\nInfo syarat dan status SIP dokter, bidan, perawat dan apoteker segera hadir di sini."),
        new(Intent.Npwp, "🧾 *NPWP*\nInfo pendaftaran NPWP, kartu hilang, NIK sebagai NPWP dan EFIN segera hadir di sini."),
        new(Intent.Infrastruktur, "🚧 *Lapor Infrastruktur*\nLaporan jalan rusak, lampu PJU mati, saluran mampet dan banjir segera bisa dikirim lewat sini."),
        new(Intent.Handoff, "👩‍💼 Permintaan Anda untuk berbicara dengan petugas sudah kami catat. Petugas kami akan membalas pada jam kerja."),
    ];
}
