using Savira.Core.Memory;

namespace Savira.Core.Understanding.Morphology;

/// <summary>
/// Dictionary-checked affix stripping in the manner of Nazief and Adriani: particles (-lah, -kah, -tah, -pun),
/// possessives (-ku, -mu, -nya), derivational suffixes (-kan, -an, -i, and chat "-in"), then up to three
/// prefixes (di-, ke-, se-, ber-, ter-, per-, me-/pe- with their nasal forms, chat "nge-", Javanese "m-/n-/ng-/ny-").
/// A step is kept only when it ends at a root word; a word that reaches no root is returned unchanged.
/// "pembayaran", "membayar", "dibayarkan" and "mbayar" all meet at "bayar".
/// </summary>
public sealed class IndonesianStemmer(RootWords roots)
{
    const int MinimumRootLength = 3;
    const int MaxPrefixes = 3;

    /// <summary>The most letters affixes can add to a root: particle, possessive and suffix (3 each), three prefixes ("menge-" 5 each).</summary>
    const int MaxAffixLetters = (3 * 3) + (MaxPrefixes * 5);

    /// <summary>Stems remembered: at most this many words, in at most <see cref="MaxCachedBytes"/>; longer words are not kept.</summary>
    public const int MaxCachedWords = 100_000;

    public const long MaxCachedBytes = 16L << 20;

    public const int MaxCachedWordLength = 40;

    static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    static readonly string[] Possessives = ["nya", "ku", "mu"];
    static readonly string[] DerivationalSuffixes = ["kan", "an", "i", "in"];
    static readonly string[] Vowels = ["a", "i", "u", "e", "o"];

    readonly BoundedCache<string> cache = new(MaxCachedWords, MaxCachedBytes, MaxCachedWordLength, ObjectBytes.Of);

    /// <summary>How much the cache of stems holds.</summary>
    public CacheUse CachedStems => cache.Use;

    public string Stem(string word)
    {
        if (word.Length <= MinimumRootLength || word.Length > roots.LongestLength + MaxAffixLetters || roots.Contains(word))
            return word; // too short to carry an affix, too long to reach a root, or a root already
        if (cache.TryGetValue(word, out var stem))
            return stem;
        stem = FindRoot(word) ?? word;
        cache.Add(word, stem);
        return stem;
    }

    string? FindRoot(string word)
    {
        foreach (var withoutInflection in WithoutInflection(word))
        {
            if (withoutInflection != word && IsRoot(withoutInflection))
                return withoutInflection;
            foreach (var candidate in WithoutDerivationalSuffix(withoutInflection))
            {
                if (candidate != withoutInflection && IsRoot(candidate))
                    return candidate;
                if (StripPrefixes(candidate, MaxPrefixes) is { } root)
                    return root;
            }
        }
        return null;
    }

    /// <summary>The word, then without its particle, then without a possessive too.</summary>
    static IEnumerable<string> WithoutInflection(string word)
    {
        yield return word;
        var current = word;
        if (TrimSuffix(current, Particles) is { } noParticle)
        {
            yield return noParticle;
            current = noParticle;
        }
        if (TrimSuffix(current, Possessives) is { } noPossessive)
            yield return noPossessive;
    }

    static IEnumerable<string> WithoutDerivationalSuffix(string word)
    {
        yield return word;
        foreach (var suffix in DerivationalSuffixes)
        {
            if (word.Length - suffix.Length >= MinimumRootLength && word.EndsWith(suffix, StringComparison.Ordinal))
                yield return word[..^suffix.Length];
        }
    }

    string? StripPrefixes(string word, int remaining)
    {
        if (remaining == 0)
            return null;
        foreach (var candidate in PrefixRemovals(word))
        {
            if (candidate.Length < MinimumRootLength)
                continue;
            if (IsRoot(candidate))
                return candidate;
            if (StripPrefixes(candidate, remaining - 1) is { } deeper)
                return deeper;
        }
        return null;
    }

    /// <summary>Every reading of the word's first prefix, each giving the remainder (with the letter a nasal replaced).</summary>
    static IEnumerable<string> PrefixRemovals(string word)
    {
        foreach (var plain in (string[])["di", "ke", "se", "ku", "ber", "ter", "per", "be", "te", "pe", "me", "nge"])
        {
            if (word.StartsWith(plain, StringComparison.Ordinal))
                yield return word[plain.Length..];
        }

        foreach (var nasal in (string[])["me", "pe"])
        {
            if (!word.StartsWith(nasal, StringComparison.Ordinal))
                continue;
            var rest = word[nasal.Length..];
            foreach (var reading in NasalReadings(rest))
                yield return reading;
        }

        // Javanese and chat forms: "mbayar", "ndaftar", "ngurus", "nyari".
        foreach (var reading in NasalReadings(word))
            yield return reading;
    }

    /// <summary>"mbayar" → "bayar"; "mulis"/"nulis" → "tulis"; "ngirim" → "kirim"; "nyapu" → "sapu"; "nyari" → "cari".</summary>
    static IEnumerable<string> NasalReadings(string rest)
    {
        if (rest.StartsWith("nge", StringComparison.Ordinal))
            yield return rest[3..];
        if (rest.StartsWith("ng", StringComparison.Ordinal))
        {
            yield return rest[2..];
            yield return "k" + rest[2..];
        }
        if (rest.StartsWith("ny", StringComparison.Ordinal))
        {
            yield return "s" + rest[2..];
            yield return "c" + rest[2..];
        }
        if (rest.StartsWith('m') && rest.Length > 1)
        {
            yield return rest[1..];
            if (StartsWithVowel(rest[1..]))
                yield return "p" + rest[1..];
        }
        if (rest.StartsWith('n') && rest.Length > 1)
        {
            yield return rest[1..];
            if (StartsWithVowel(rest[1..]))
                yield return "t" + rest[1..];
        }
    }

    static bool StartsWithVowel(string text) => Vowels.Any(vowel => text.StartsWith(vowel, StringComparison.Ordinal));

    static string? TrimSuffix(string word, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (word.Length - suffix.Length >= MinimumRootLength && word.EndsWith(suffix, StringComparison.Ordinal))
                return word[..^suffix.Length];
        }
        return null;
    }

    bool IsRoot(string word) => word.Length >= MinimumRootLength && roots.Contains(word);
}
