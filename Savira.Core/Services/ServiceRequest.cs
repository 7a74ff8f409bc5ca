using Savira.Core.Understanding;

namespace Savira.Core.Services;

/// <summary>What a handler needs to know of the words of a request, read from the one understanding.</summary>
public static partial class ServiceRequest
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
    static readonly HashSet<string> LookupWords = ["tagihan", "tagihannya", "pajak", "pajaknya", "nomor", "no", "data", "status", "jadwal", "layanan", "berapa", "0"];

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

    /// <summary>
    /// A follow-up that asks about the case just looked up rather than about the service: "kapan selesainya?",
    /// "kenapa ditolak?", "sampai jam berapa?", "sudah lunas?". The handler looks the case up again from the
    /// topic's identifier (ticket, registration number, NOP, plate, area).
    /// </summary>
    public static bool AsksAboutTheCase(this Turn turn) =>
        turn.FollowUpOf is not null && CaseQuestion().IsMatch(turn.Message.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(kapan|kpn|sampai|sampe|smp|jam\s+(berapa|brp|piro|pinten)|kenapa|knp|kok|alasan\w*|ditolak|statusnya|status|sudah\s+(jadi|selesai|lunas|dibayar|beres)|udah\s+(jadi|selesai|lunas|beres)|udh\s+(jadi|selesai|lunas)|blm|belum|selesai\w*|normal|nyala|ngalir|lanjut\w*|perkembangan\w*|jatuh\s+tempo\w*|tempo\w*|totalnya|tunggakan\w*|masih\s+(ada|lama))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CaseQuestion();

    public static bool Has(this MessageUnderstanding understanding, params string[] words) =>
        understanding.Words.Any(words.Contains);
}
