namespace Savira.Core.Understanding.Classification;

/// <summary>
/// The features of a normalised message: each word, its stem, each pair of neighbouring words, character
/// 3- to 5-grams of each word (they carry typos, affixes and unseen spellings), and the kinds of entity found.
/// Features are hashed (FNV-1a, 32 bits) so that reading a message allocates no feature strings.
/// </summary>
public static class Featurizer
{
    const float WordWeight = 1f;
    const float StemWeight = 1f;
    const float PairWeight = 0.7f;
    const float CharacterWeight = 0.25f;
    const float EntityWeight = 1.5f;

    public static FeatureVector Extract(IReadOnlyList<string> words, IReadOnlyList<string> stems, IEnumerable<string> entityKinds)
    {
        var features = new Dictionary<int, float>(words.Count * 16);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            Add(features, Hash('w', word), WordWeight);
            if (stems[i] != word)
                Add(features, Hash('s', stems[i]), StemWeight);
            if (i > 0)
                Add(features, Hash('p', words[i - 1], word), PairWeight);
            AddCharacterGrams(features, word);
        }
        if (words.Count == 1)
            Add(features, Hash('p', "^", words[0]), PairWeight);
        foreach (var kind in entityKinds)
            Add(features, Hash('e', kind), EntityWeight);

        var ids = features.Keys.ToArray();
        Array.Sort(ids);
        var values = new float[ids.Length];
        var norm = MathF.Sqrt(features.Values.Sum(value => value * value));
        for (var i = 0; i < ids.Length; i++)
            values[i] = features[ids[i]] / (norm == 0 ? 1 : norm);
        return new FeatureVector(ids, values);
    }

    static void AddCharacterGrams(Dictionary<int, float> features, string word)
    {
        if (word.Length < 3)
            return;
        Span<char> padded = stackalloc char[Math.Min(word.Length, 60) + 2];
        padded[0] = '<';
        word.AsSpan(0, padded.Length - 2).CopyTo(padded[1..]);
        padded[^1] = '>';
        for (var n = 3; n <= 5; n++)
        {
            for (var start = 0; start + n <= padded.Length; start++)
                Add(features, Hash('c', padded.Slice(start, n)), CharacterWeight);
        }
    }

    static void Add(Dictionary<int, float> features, int id, float value)
    {
        features.TryGetValue(id, out var existing);
        features[id] = existing + value;
    }

    const uint OffsetBasis = 2166136261;
    const uint Prime = 16777619;

    static int Hash(char kind, ReadOnlySpan<char> text)
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
