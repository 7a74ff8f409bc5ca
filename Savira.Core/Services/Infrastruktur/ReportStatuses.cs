namespace Savira.Core.Services.Infrastruktur;

/// <summary>The steps a report goes through, as stored and as told to the citizen.</summary>
public static class ReportStatuses
{
    public const string Received = "diterima";

    public static IReadOnlyList<string> All { get; } = ["diterima", "diverifikasi", "dikerjakan", "selesai", "ditolak"];

    public static string Label(string status) => status switch
    {
        "diterima" => "Diterima, menunggu verifikasi",
        "diverifikasi" => "Diverifikasi, menunggu jadwal perbaikan",
        "dikerjakan" => "Sedang dikerjakan 🚧",
        "selesai" => "Selesai ✅",
        "ditolak" => "Tidak dapat ditindaklanjuti",
        _ => status,
    };
}
