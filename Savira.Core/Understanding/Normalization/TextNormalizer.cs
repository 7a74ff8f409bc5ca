using System.Globalization;
using System.Text;
using Savira.Core.Inbound;
using Savira.Core.Memory;

namespace Savira.Core.Understanding.Normalization;

/// <summary>
/// Turns a WhatsApp message into the words the matcher reasons with: Unicode-normalised, lower case, without
/// punctuation and emoji, elongations folded ("tolonggg" → "tolong"), slang and Javanese replaced through the
/// <see cref="Lexicon"/>, and a misspelt word corrected to the nearest word of the known vocabulary. Entities
/// are taken from the raw text before this runs, so no number is ever rewritten here.
/// </summary>
public sealed class TextNormalizer
{
    /// <summary>The token that stands for any number left in the text (a count, a year).</summary>
    public const string NumberToken = "0";

    /// <summary>Words remembered with what they resolve to: at most this many, in at most <see cref="MaxCachedBytes"/>.</summary>
    public const int MaxCachedWords = 50_000;

    public const long MaxCachedBytes = 16L << 20;

    /// <summary>A longer run of letters is resolved every time it is sent, never remembered: no real word is that long.</summary>
    public const int MaxCachedWordLength = 40;

    const int MinLengthToUndouble = 5;
    const int StackLimit = 512; // characters prepared on the stack; a longer message gets an array

    /// <summary>At most 2.5 prepared characters per decomposed one: an emoji (two chars) becomes " oke ".</summary>
    const int MaxPreparedPerChar = 3;

    readonly Lexicon lexicon;
    readonly Func<string, bool> isDictionaryWord;
    readonly Dictionary<char, (string Word, int Frequency)[]> correctionsByInitial;
    readonly HashSet<string> vocabulary;
    readonly BoundedCache<string[]> resolved = new(MaxCachedWords, MaxCachedBytes, MaxCachedWordLength, ObjectBytes.Of);

    /// <param name="lexicon">Slang, abbreviations and Javanese to their standard forms.</param>
    /// <param name="isDictionaryWord">A word that is correct as written (a root word) and must not be "corrected".</param>
    /// <param name="vocabulary">The known words with how often they occur: what a misspelling is corrected towards.</param>
    public TextNormalizer(Lexicon lexicon, Func<string, bool> isDictionaryWord, IReadOnlyDictionary<string, int>? vocabulary = null)
    {
        this.lexicon = lexicon;
        this.isDictionaryWord = isDictionaryWord;
        this.vocabulary = vocabulary is null ? [] : [.. vocabulary.Keys];
        correctionsByInitial = (vocabulary ?? new Dictionary<string, int>())
            .Where(pair => pair.Key.Length >= 4 && char.IsAsciiLetter(pair.Key[0]))
            .GroupBy(pair => pair.Key[0])
            .ToDictionary(group => group.Key, group => group.Select(pair => (pair.Key, pair.Value)).ToArray());
    }

    /// <summary>How much the cache of resolved words holds.</summary>
    public CacheUse CachedWords => resolved.Use;

    public IReadOnlyList<string> Normalize(string text)
    {
        var tokens = new List<string>(16);
        if (Ascii.IsValid(text))
        {
            Span<char> prepared = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
            PrepareAscii(text, prepared);
            AddTokens(tokens, prepared);
        }
        else
        {
            // String.Normalize throws on a lone surrogate and on U+FFFE; CitizenText makes any text one it takes.
            var decomposed = CitizenText.Clean(text).Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
            var capacity = decomposed.Length * MaxPreparedPerChar;
            Span<char> prepared = capacity <= StackLimit ? stackalloc char[capacity] : new char[capacity];
            AddTokens(tokens, prepared[..Prepare(decomposed, prepared)]);
        }
        return tokens;
    }

    /// <summary>What <see cref="Prepare"/> does, for the usual message of ASCII only: same length, letters and digits lower case, the rest blank.</summary>
    static void PrepareAscii(string text, Span<char> prepared)
    {
        for (var i = 0; i < text.Length; i++)
            prepared[i] = char.IsAsciiLetterOrDigit(text[i]) ? char.ToLowerInvariant(text[i]) : ' ';
    }

    /// <summary>
    /// A message folded to compatibility forms (full-width, ligatures) and decomposed: lower case, accents dropped,
    /// a few emoji read as words, the rest blank. Returns the length written.
    /// </summary>
    static int Prepare(string decomposed, Span<char> prepared)
    {
        var length = 0;
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
                continue;
            if (rune.Value is 0x1F44D or 0x1F44C) // 👍 👌
            {
                " oke ".CopyTo(prepared[length..]);
                length += 5;
            }
            else if (Rune.IsLetterOrDigit(rune))
                length += Rune.ToLowerInvariant(rune).EncodeToUtf16(prepared[length..]);
            else
                prepared[length++] = ' ';
        }
        return length;
    }

    /// <summary>
    /// Runs of letters and runs of digits; "2thn" is a number and a word. A number becomes <see cref="NumberToken"/>,
    /// a word what <see cref="Resolve"/> makes of it.
    /// </summary>
    void AddTokens(List<string> tokens, ReadOnlySpan<char> prepared)
    {
        var start = -1;
        for (var i = 0; i <= prepared.Length; i++)
        {
            var boundary = i == prepared.Length || prepared[i] == ' '
                || (start >= 0 && char.IsAsciiDigit(prepared[i]) != char.IsAsciiDigit(prepared[start]));
            if (boundary && start >= 0)
            {
                if (char.IsAsciiDigit(prepared[start]))
                    tokens.Add(NumberToken);
                else
                    tokens.AddRange(Resolve(prepared[start..i]));
                start = -1;
            }
            if (i < prepared.Length && prepared[i] != ' ' && start < 0)
                start = i;
        }
    }

    string[] Resolve(ReadOnlySpan<char> raw)
    {
        if (resolved.TryGetValue(raw, out var known))
            return known;
        var rawText = raw.ToString();
        var words = ResolveUncached(rawText);
        resolved.Add(rawText, words);
        return words;
    }

    string[] ResolveUncached(string raw)
    {
        var folded = FoldRuns(raw, 3);
        if (Lookup(folded) is { } direct)
            return direct;
        // A doubled letter is a typo only in a longer word ("tolongg"); "pbb" and "kk" are acronyms.
        var single = folded.Length >= MinLengthToUndouble ? FoldRuns(folded, 2) : folded;
        if (single != folded && Lookup(single) is { } undoubled)
            return undoubled;
        if (IsKnownWordWithClitic(folded))
            return [folded]; // "biayanya" is "biaya" + "-nya", not a typo of "bayarnya"; the stemmer takes the clitic off
        if (Correct(folded) is { } corrected)
            return lexicon.Replace(corrected) ?? [corrected];
        return [folded];
    }

    static readonly string[] Clitics = ["nya", "lah", "kah", "pun", "ku", "mu"];

    bool IsKnownWordWithClitic(string word)
    {
        foreach (var clitic in Clitics)
        {
            if (word.Length >= clitic.Length + 3 && word.EndsWith(clitic, StringComparison.Ordinal)
                && Lookup(word[..^clitic.Length]) is [var single] && single == word[..^clitic.Length])
                return true;
        }
        return false;
    }

    string[]? Lookup(string word)
    {
        if (lexicon.Replace(word) is { } formal)
            return formal;
        return vocabulary.Contains(word) || lexicon.IsFormalWord(word) || isDictionaryWord(word) ? [word] : null;
    }

    /// <summary>The most frequent known word within the edit distance this word's length allows; same first letter.</summary>
    string? Correct(string word)
    {
        var limit = EditDistance.AllowedFor(word.Length);
        if (limit == 0 || !correctionsByInitial.TryGetValue(word[0], out var candidates))
            return null;
        string? best = null;
        var bestDistance = limit + 1;
        var bestFrequency = 0;
        foreach (var (candidate, frequency) in candidates)
        {
            var candidateLimit = Math.Min(limit, EditDistance.AllowedFor(candidate.Length));
            var distance = EditDistance.Bounded(word, candidate, candidateLimit);
            if (distance > candidateLimit)
                continue;
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Folds every run of <paramref name="run"/> or more equal letters to one: "halooo" → "halo".</summary>
    public static string FoldRuns(string word, int run)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            var end = i;
            while (end < word.Length && word[end] == word[i])
                end++;
            builder.Append(word[i], end - i >= run ? 1 : end - i);
            i = end;
        }
        return builder.ToString();
    }
}
