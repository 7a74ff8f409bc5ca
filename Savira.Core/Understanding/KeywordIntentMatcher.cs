using System.Text.RegularExpressions;

namespace Savira.Core.Understanding;

/// <summary>
/// The walking skeleton's matcher: whole-word keywords per intent, the intent with most hits wins.
/// It stands in until the trained Indonesian matcher replaces it behind <see cref="IIntentMatcher"/>.
/// </summary>
public sealed partial class KeywordIntentMatcher : IIntentMatcher
{
    static readonly (Intent Intent, string[] Keywords)[] KeywordsByIntent =
    [
        (Intent.Greeting, ["halo", "hai", "hallo", "hi", "pagi", "siang", "sore", "malam", "assalamualaikum", "permisi", "min"]),
        (Intent.Thanks, ["makasih", "terima kasih", "trims", "suwun", "matur nuwun", "thanks", "dadah"]),
        (Intent.Menu, ["menu", "bantuan", "help", "mulai", "layanan"]),
        (Intent.Pbb, ["pbb", "sppt", "nop", "pajak rumah", "pajak tanah", "pajak bumi"]),
        (Intent.Pkb, ["pkb", "stnk", "samsat", "pajak motor", "pajak mobil", "pajak kendaraan", "plat"]),
        (Intent.Pdam, ["pdam", "air mati", "tagihan air", "pelanggan", "tirta moedal"]),
        (Intent.Rsud, ["rsud", "wongsonegoro", "jadwal dokter", "rawat inap", "igd"]),
        (Intent.Puskesmas, ["puskesmas", "pkm", "antrean", "antrian", "antri"]),
        (Intent.Kependudukan, ["ktp", "kk", "akta", "dukcapil", "kia", "pindah domisili"]),
        (Intent.IzinNakes, ["sip", "izin praktik", "str", "bidan", "perawat", "apoteker"]),
        (Intent.Npwp, ["npwp", "efin"]),
        (Intent.Infrastruktur, ["lapor", "laporan", "tiket", "jalan rusak", "berlubang", "lampu jalan", "pju", "banjir", "selokan", "saluran", "jembatan"]),
        (Intent.Handoff, ["admin", "petugas", "operator", "cs", "manusia"]),
    ];

    // Each keyword with a space either side, so a whole-word search needs no string per message.
    static readonly (Intent Intent, string[] Keywords)[] PaddedKeywordsByIntent =
        KeywordsByIntent.Select(entry => (entry.Intent, entry.Keywords.Select(keyword => $" {keyword} ").ToArray())).ToArray();

    public MessageUnderstanding Match(string text)
    {
        var words = " " + string.Join(' ', Words().Matches(text.ToLowerInvariant()).Select(match => match.Value)) + " ";
        var best = (Intent: Intent.OutOfScope, Hits: 0);
        foreach (var (intent, keywords) in PaddedKeywordsByIntent)
        {
            var hits = keywords.Count(keyword => words.Contains(keyword, StringComparison.Ordinal));
            if (hits > best.Hits)
                best = (intent, hits);
        }

        return best.Hits == 0
            ? new MessageUnderstanding(Intent.OutOfScope, 0)
            : new MessageUnderstanding(best.Intent, Math.Min(1, 0.6 + 0.2 * best.Hits));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
