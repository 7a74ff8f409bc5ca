using Savira.Core.Understanding;

namespace Savira.Core.Services;

/// <summary>What a handler needs to know of the words of a request, read from the one understanding.</summary>
public static class ServiceRequest
{
    /// <summary>Words that ask for nothing in particular: "min", "tolong", "cek", "mau", "info".</summary>
    static readonly HashSet<string> Fillers =
    [
        "min", "admin", "kak", "pak", "bu", "ibu", "mas", "mbak", "bapak", "iya", "ya", "ini", "itu", "saya", "aku", "sy", "tolong",
        "mohon", "dong", "nih", "cek", "mau", "ingin", "info", "informasi", "tanya", "nanya", "bantu", "dan", "di", "ke", "yang", "untuk",
        "ok", "oke", "halo", "hai", "permisi", "lihat", "layanan", "tentang", "soal", "masalah", "mengenai", "buat", "dulu", "deh", "aja", "saja",
        "sekalian", "juga", "terus", "lalu", "sama", "kak", "sekarang",
    ];

    /// <summary>Words of a lookup that name no question: "cek tagihan pdam" asks for the bill, not about it.</summary>
    static readonly HashSet<string> LookupWords = ["tagihan", "pajak", "nomor", "no", "data", "status", "jadwal", "layanan", "0"];

    /// <summary>
    /// A request that names its service and nothing else ("pbb", "cek pajak motor", "info pdam", "tagihan air"):
    /// every word is a filler, a lookup word or one of the service's own words. Nothing for the knowledge base to
    /// answer, so the handler offers what it does.
    /// </summary>
    public static bool IsBareMention(this MessageUnderstanding understanding)
    {
        var asking = understanding.Words.Count(word => !Fillers.Contains(word) && !LookupWords.Contains(word));
        return asking <= understanding.ServiceWordCount && understanding.Words.Count <= 5;
    }

    public static bool Has(this MessageUnderstanding understanding, params string[] words) =>
        understanding.Words.Any(words.Contains);
}
