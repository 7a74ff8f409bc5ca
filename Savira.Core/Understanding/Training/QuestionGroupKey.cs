using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Savira.Core.Services.Faq;

namespace Savira.Core.Understanding.Training;

/// <summary>
/// The key that puts spelling variants of one question into one group of the unanswered inbox: the message read the
/// way the matcher reads it (lexicon, typo correction, stems), without question words and chat fillers, its content
/// words sorted. "jam buka samsat brp", "jam bukak samsat berapa?" and "samsat buka jam brp ya" share "buka jam samsat".
/// </summary>
public sealed partial class QuestionGroupKey(ITextNormalizer normalizer)
{
    public const int MaxLength = 300;

    /// <summary>Words that say how a question is asked, not what it is about (after normalising and stemming).</summary>
    static readonly FrozenSet<string> StopWords = new[]
    {
        "apa", "apakah", "berapa", "kapan", "mana", "dimana", "bagaimana", "gimana", "kenapa", "mengapa", "siapa", "kah",
        "ya", "iya", "min", "admin", "kak", "pak", "bu", "ibu", "mas", "mbak", "bapak", "dong", "sih", "nih", "deh", "lah", "ko", "kok",
        "tolong", "mohon", "saya", "aku", "kami", "sy", "mau", "ingin", "tanya", "nanya", "bisa", "boleh", "info", "informasi",
        "yang", "di", "ke", "dari", "dan", "atau", "untuk", "dengan", "itu", "ini", "ada", "nya", "sama", "kalau", "gitu", "begitu",
        "halo", "hai", "selamat", "pagi", "siang", "sore", "malam", "terima", "kasih", "makasih",
    }.ToFrozenSet(StringComparer.Ordinal);

    public string For(string text)
    {
        var words = normalizer.Terms(Identifier().Replace(text, " "))
            .Where(term => !StopWords.Contains(term))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var key = words.Count > 0 ? string.Join(' ', words) : text.Trim().ToLowerInvariant();
        return key.Length <= MaxLength ? key : key[..MaxLength];
    }

    /// <summary>A (masked) number of seven characters or more, or an e-mail address, with the word naming it: what a citizen added, not what they asked.</summary>
    [GeneratedRegex(@"(\b(nik|nop|no\.?\s*hp|hp|wa|no\.?\s*wa|telp|email|e-mail)\b\s*[:.]?\s*)?(\S+@\S+|\+?[\d*](?:[\d*.\-]|\s(?=[\d*])){6,})", RegexOptions.IgnoreCase)]
    private static partial Regex Identifier();
}
