using System.Collections.Frozen;
using System.Text;

namespace Savira.Core.Services.Faq;

/// <summary>
/// A small normaliser for WhatsApp Indonesian: lower case, letters and digits only, elongated letters
/// shortened ("ktpnyaaa" → "ktpnya"), common abbreviations spelt out, "-nya" cut, filler words dropped.
/// </summary>
public sealed class SimpleTextNormalizer : ITextNormalizer
{
    static readonly FrozenDictionary<string, string> Spellings = new Dictionary<string, string>
    {
        ["gmn"] = "bagaimana", ["gimana"] = "bagaimana", ["bgmn"] = "bagaimana", ["piye"] = "bagaimana", ["caranya"] = "cara",
        ["gk"] = "tidak", ["ga"] = "tidak", ["gak"] = "tidak", ["nggak"] = "tidak", ["ngga"] = "tidak", ["tdk"] = "tidak", ["ora"] = "tidak",
        ["udh"] = "sudah", ["sdh"] = "sudah", ["udah"] = "sudah", ["blm"] = "belum",
        ["brp"] = "berapa", ["tgl"] = "tanggal", ["dmn"] = "dimana", ["mana"] = "dimana",
        ["bikin"] = "buat", ["membuat"] = "buat", ["pembuatan"] = "buat", ["ngurus"] = "urus", ["mengurus"] = "urus", ["pengurusan"] = "urus",
        ["persyaratan"] = "syarat", ["syaratnya"] = "syarat", ["akte"] = "akta", ["ektp"] = "ktp", ["ktpel"] = "ktp",
        ["capil"] = "dukcapil", ["disdukcapil"] = "dukcapil", ["dispendukcapil"] = "dukcapil",
        ["ilang"] = "hilang", ["kehilangan"] = "hilang", ["meninggal"] = "kematian", ["wafat"] = "kematian",
        ["lahir"] = "kelahiran", ["perpanjangan"] = "perpanjang", ["pindahan"] = "pindah",
    }.ToFrozenDictionary();

    static readonly FrozenSet<string> Fillers = new[]
    {
        "di", "ke", "dari", "yang", "yg", "dan", "untuk", "utk", "dengan", "dgn", "saya", "sy", "aku", "kami", "min", "mimin",
        "admin", "kak", "pak", "bu", "mas", "mbak", "tolong", "mohon", "apa", "apakah", "ya", "sih", "dong", "deh", "kah",
        "ini", "itu", "ada", "bisa", "mau", "ingin", "pengen", "nih", "e", "el", "nggih", "kalau", "kalo", "klo", "tau", "tahu",
    }.ToFrozenSet();

    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            var spelt = Spellings.GetValueOrDefault(word, word);
            if (spelt.Length > 5 && spelt.EndsWith("nya", StringComparison.Ordinal))
                spelt = Spellings.GetValueOrDefault(spelt[..^3], spelt[..^3]);
            if (!Fillers.Contains(spelt))
                terms.Add(spelt);
        }
        return terms;
    }

    /// <summary>Lower-case words of letters and digits, elongations cut to two letters; apostrophes join ("jum'at").</summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var raw in text)
        {
            if (raw is '\'' or '’')
                continue;
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (!(char.IsLetter(c) && word.Length >= 2 && word[^1] == c && word[^2] == c))
                    word.Append(c);
                continue;
            }
            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    /// <summary>The words joined by single spaces with a space at each end, for whole-phrase lookups (" poli anak ").</summary>
    public static string Padded(string text) => " " + string.Join(' ', Words(text)) + " ";
}
