using Savira.Core.Understanding.Normalization;

namespace Savira.Core.Understanding.Entities;

/// <summary>
/// Finds puskesmas and clinic names in a normalised message, tolerating typos and split or joined words
/// ("pkm kedung mundu", "poli gigi"). A name counts only after a word that announces its kind ("puskesmas",
/// "poli", "klinik", "spesialis"): "mijen" alone is a kecamatan as often as a puskesmas.
/// </summary>
public sealed class NameGazetteer
{
    const int MaxNameWords = 3;
    const int LookAhead = 2; // words between the announcing word and the name ("puskesmas di ngaliyan")
    const int MaxDistance = 2;
    const int JoinedOnStack = 128;

    static readonly Dictionary<string, string[]> HeadWords = new(StringComparer.Ordinal)
    {
        [EntityNames.Puskesmas] = ["puskesmas"],
        [EntityNames.Clinic] = ["poli", "poliklinik", "klinik", "spesialis", "dokter", "dr"],
    };

    readonly Dictionary<string, List<WrittenName>> namesByKind = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> kindByHeadWord;
    readonly HashSet<string> nameWords = new(StringComparer.Ordinal);
    readonly int longestKey;

    public NameGazetteer(IEnumerable<NamedPlace> places, Func<string, IReadOnlyList<string>> normalize)
    {
        kindByHeadWord = HeadWords.SelectMany(pair => pair.Value.Select(word => (word, pair.Key)))
            .GroupBy(pair => pair.word).ToDictionary(group => group.Key, group => group.First().Key, StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (!HeadWords.TryGetValue(place.Kind, out var heads))
                continue;
            if (!namesByKind.TryGetValue(place.Kind, out var names))
                namesByKind[place.Kind] = names = [];
            foreach (var written in place.Aliases.Prepend(place.Name))
            {
                var words = normalize(written).Where(word => !heads.Contains(word)).ToArray();
                if (words.Length == 0)
                    continue;
                var key = string.Concat(words);
                names.Add(new WrittenName(key, place.Name, Math.Min(MaxDistance, EditDistance.AllowedFor(key.Length)), LetterCounts.Of(key)));
                longestKey = Math.Max(longestKey, key.Length);
                nameWords.UnionWith(words);
            }
        }
    }

    /// <summary>Every word of every name, so the normaliser's typo correction never bends a name into another word.</summary>
    public IReadOnlyCollection<string> Words => nameWords;

    /// <summary>The names found in <paramref name="words"/>, by entity name; the closest one per kind.</summary>
    public IEnumerable<(string Kind, string Name)> Find(IReadOnlyList<string> words)
    {
        Dictionary<string, (string Name, int Distance)>? found = null;
        var joinedCapacity = longestKey + MaxDistance;
        Span<char> joined = joinedCapacity <= JoinedOnStack ? stackalloc char[JoinedOnStack] : new char[joinedCapacity];
        for (var head = 0; head < words.Count; head++)
        {
            if (!kindByHeadWord.TryGetValue(words[head], out var kind) || !namesByKind.TryGetValue(kind, out var names))
                continue;
            for (var start = head + 1; start <= Math.Min(head + LookAhead, words.Count - 1); start++)
            {
                var length = 0;
                for (var count = 1; count <= MaxNameWords && start + count <= words.Count; count++)
                {
                    var word = words[start + count - 1];
                    if (length + word.Length > longestKey + MaxDistance)
                        break; // longer than any name can be written, and a further word only adds to it
                    word.CopyTo(joined[length..]);
                    length += word.Length;
                    var written = joined[..length];
                    var writtenLetters = LetterCounts.Of(written);
                    var best = found is not null && found.TryGetValue(kind, out var known) ? known.Distance : int.MaxValue;
                    foreach (var (key, name, limit, letters) in names)
                    {
                        // Only a closer name replaces the best so far, so the search for this one can stop sooner.
                        var bound = Math.Min(limit, best - 1);
                        if (Math.Abs(written.Length - key.Length) > bound || writtenLetters.MinimumEdits(letters) > bound)
                            continue;
                        var distance = EditDistance.Bounded(written, key, bound);
                        if (distance > bound)
                            continue;
                        (found ??= new(StringComparer.Ordinal))[kind] = (name, distance);
                        best = distance;
                    }
                }
            }
        }
        return found is null ? [] : found.Select(pair => (pair.Key, pair.Value.Name));
    }

    /// <summary>One way a place is written (its words joined), and how many edits a match may have.</summary>
    readonly record struct WrittenName(string Key, string Name, int Limit, LetterCounts Letters);
}
