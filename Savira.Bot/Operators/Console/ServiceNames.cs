namespace Savira.Bot.Operators.Console;

/// <summary>What staff read for an intent id in the console's pickers: the service in words, the id after it for the API.</summary>
public static class ServiceNames
{
    static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["umum"] = "Umum – belum jelas layanannya",
        ["greeting"] = "Salam pembuka",
        ["thanks"] = "Ucapan terima kasih",
        ["menu"] = "Menu layanan",
        ["pbb"] = "PBB – pajak bumi dan bangunan",
        ["pkb"] = "PKB – pajak kendaraan dan STNK",
        ["pdam"] = "PDAM – air minum",
        ["rsud"] = "RSUD KRMT Wongsonegoro",
        ["puskesmas"] = "Puskesmas dan antrean",
        ["kependudukan"] = "Kependudukan – KTP, KK, akta",
        ["izin_nakes"] = "Izin praktik tenaga kesehatan",
        ["npwp"] = "NPWP",
        ["infrastruktur"] = "Laporan jalan, lampu, saluran",
        ["handoff"] = "Bicara dengan petugas",
        ["out_of_scope"] = "Di luar layanan Savira",
        ["emergency"] = "Darurat",
    };

    public static string Label(string id) => Names.TryGetValue(id, out var name) ? $"{name} ({id})" : id;
}
