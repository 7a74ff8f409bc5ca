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
        new(Intent.Pkb, "🚗 *Pajak Kendaraan (PKB)*\nPembayaran PKB dan perpanjangan STNK dapat dilakukan di Samsat Kota Semarang atau lewat aplikasi SAKPOLE. Pengecekan tagihan per nomor polisi segera hadir di sini."),
        new(Intent.Pdam, "💧 *PDAM Tirta Moedal*\nUntuk tagihan dan gangguan air, siapkan *nomor pelanggan* Anda. Pengecekan tagihan dan info gangguan segera hadir di sini."),
    ];
}
