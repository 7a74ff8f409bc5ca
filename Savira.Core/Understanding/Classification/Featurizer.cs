using Savira.Core.Understanding.Morphology;
using Savira.Core.Understanding.Normalization;

namespace Savira.Core.Understanding.Classification;

/// <summary>
/// The features of a normalised message: each word, its stem, each pair of neighbouring words, character
/// 3- to 5-grams of each word (they carry typos, affixes and unseen spellings), and the kinds of entity found.
/// Features are hashed (FNV-1a, 32 bits) so that reading a message allocates no feature strings.
/// In a long message (more than <see cref="LongMessageWords"/> words) the words that only frame the request —
/// salutations and letter formulas ("yth", "dengan hormat", "terima kasih atas perhatiannya"), addresses (RT/RW,
/// "di jalan …", "kelurahan …" and the names after them), dates, numbers — weigh <see cref="ContextWeight"/> of a word:
/// the request decides, and the greeting and the address around it do not drown it.
/// </summary>
public static class Featurizer
{
    const float WordWeight = 1f;
    const float StemWeight = 1f;
    const float PairWeight = 0.7f;
    const float CharacterWeight = 0.25f;
    const float EntityWeight = 1.5f;

    /// <summary>From this many words on, a message is read as a letter: its framing words are discounted.</summary>
    public const int LongMessageWords = 9;

    /// <summary>How much a framing word of a long message weighs, relative to a word of the request.</summary>
    public const float ContextWeight = 0.4f;

    /// <summary>Words that frame a letter rather than carry its request (normalised forms).</summary>
    static readonly HashSet<string> ContextWords =
    [
        "terhormat", "yth", "kepada", "hormat", "bapak", "ibu", "selamat", "pagi", "siang", "sore", "malam",
        "assalamualaikum", "warahmatullahi", "wabarakatuh", "permisi", "terima", "kasih", "perhatian", "perhatiannya",
        "bantuannya", "informasinya", "maaf", "mengganggu", "semoga", "sehat", "selalu", "salam", "warga", "beralamat",
        "alamat", "rt", "rw", "kelurahan", "kecamatan", "kota", "semarang", "blok", "perumahan", "raya", "tanggal",
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
        "desember", TextNormalizer.NumberToken,
    ];

    /// <summary>Abbreviations after which come one or two words of a name: a street, a kelurahan, a kecamatan.</summary>
    static readonly HashSet<string> NameMarkers = ["jl", "jln", "kel", "kec", "perum", "gg"];

    /// <summary>
    /// Words that start a name only where an address is being given: after "di", "ke", "warga" … or after another part
    /// of the address. Elsewhere they are the request itself: "lapor jalan rusak", "lampu jalan mati", "pajak daerah".
    /// </summary>
    static readonly HashSet<string> AddressNameMarkers = ["jalan", "kelurahan", "kecamatan", "perumahan", "gang", "desa", "kampung", "daerah", "wilayah"];

    /// <summary>Words before which a street, kelurahan or kecamatan word begins an address.</summary>
    static readonly HashSet<string> AddressLeads = ["di", "ke", "dari", "sekitar", "dekat", "warga", "alamat", "beralamat", "rt", "rw", TextNormalizer.NumberToken];

    [ThreadStatic] static FeatureBuffer? buffer;

    public static FeatureVector Extract(IReadOnlyList<string> words, IndonesianStemmer stemmer, Dictionary<string, string> entities)
    {
        var features = Collect(words, stemmer, entities);
        return new FeatureVector(features.Ids.ToArray(), features.Values.ToArray());
    }

    /// <summary>The features in this thread's reused buffer: read them before the thread collects again.</summary>
    internal static FeatureBuffer Collect(IReadOnlyList<string> words, IndonesianStemmer stemmer, Dictionary<string, string> entities)
    {
        var features = buffer ??= new FeatureBuffer();
        features.Clear();
        var isLong = words.Count >= LongMessageWords;
        var previousScale = 1f;
        var nameWordsLeft = 0;
        var previousInAddress = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var scale = 1f;
            if (isLong)
            {
                var inName = nameWordsLeft > 0;
                var startsName = NameMarkers.Contains(word)
                    || AddressNameMarkers.Contains(word) && i > 0 && (previousInAddress || AddressLeads.Contains(words[i - 1]));
                if (inName || startsName || ContextWords.Contains(word))
                    scale = ContextWeight;
                nameWordsLeft = startsName ? 2 : Math.Max(0, nameWordsLeft - 1);
                previousInAddress = inName || startsName;
            }
            features.Add(Hash('w', word), WordWeight * scale);
            var stem = stemmer.Stem(word);
            if (stem != word)
                features.Add(Hash('s', stem), StemWeight * scale);
            if (i > 0)
                features.Add(Hash('p', words[i - 1], word), PairWeight * Math.Max(scale, previousScale));
            AddCharacterGrams(features, word, CharacterWeight * scale);
            previousScale = scale;
        }
        if (words.Count == 1)
            features.Add(Hash('p', "^", words[0]), PairWeight);
        foreach (var (kind, _) in entities)
            features.Add(Hash('e', kind), EntityWeight);
        features.ScaleToUnitLength();
        return features;
    }

    const int MaxGramWordLength = 60;

    /// <summary>
    /// All 3-grams of the padded word, then all 4-grams, then all 5-grams (the order the model was trained with).
    /// A 3-gram's hash is where the 4-gram at the same start continues from, so each start is hashed once.
    /// </summary>
    static void AddCharacterGrams(FeatureBuffer features, string word, float weight)
    {
        if (word.Length < 3)
            return;
        Span<char> padded = stackalloc char[Math.Min(word.Length, MaxGramWordLength) + 2];
        padded[0] = '<';
        word.AsSpan(0, padded.Length - 2).CopyTo(padded[1..]);
        padded[^1] = '>';
        Span<int> fourGrams = stackalloc int[padded.Length - 3];
        Span<int> fiveGrams = stackalloc int[padded.Length - 4];
        for (var start = 0; start + 3 <= padded.Length; start++)
        {
            var hash = Mix(Mix(Mix(Mix(OffsetBasis, 'c'), padded[start]), padded[start + 1]), padded[start + 2]);
            features.Add((int)hash, weight);
            if (start + 4 > padded.Length)
                continue;
            hash = Mix(hash, padded[start + 3]);
            fourGrams[start] = (int)hash;
            if (start + 5 <= padded.Length)
                fiveGrams[start] = (int)Mix(hash, padded[start + 4]);
        }
        foreach (var id in fourGrams)
            features.Add(id, weight);
        foreach (var id in fiveGrams)
            features.Add(id, weight);
    }

    const uint OffsetBasis = 2166136261;
    const uint Prime = 16777619;

    static int Hash(char kind, string text)
    {
        var hash = Mix(OffsetBasis, kind);
        foreach (var c in text)
            hash = Mix(hash, c);
        return (int)hash;
    }

    static int Hash(char kind, string first, string second)
    {
        var hash = Mix(OffsetBasis, kind);
        foreach (var c in first)
            hash = Mix(hash, c);
        hash = Mix(hash, ' ');
        foreach (var c in second)
            hash = Mix(hash, c);
        return (int)hash;
    }

    static uint Mix(uint hash, char c) => unchecked((hash ^ c) * Prime);
}
