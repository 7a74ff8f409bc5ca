using System.Collections.Frozen;

namespace Savira.Core.Understanding.Normalization;

/// <summary>
/// Informal, abbreviated and Javanese words mapped to the form the matcher reasons with ("gmn" → "bagaimana",
/// "suwun" → "terima kasih"). Layers, later winning: IndoCollex, Savira's own list, the operators' rows.
/// </summary>
public sealed class Lexicon
{
    readonly FrozenDictionary<string, string[]> replacements;
    readonly FrozenSet<string> formalWords;

    Lexicon(Dictionary<string, string[]> replacements)
    {
        this.replacements = replacements.ToFrozenDictionary(StringComparer.Ordinal);
        formalWords = replacements.Values.SelectMany(words => words).ToFrozenSet(StringComparer.Ordinal);
    }

    public int Count => replacements.Count;

    /// <summary>The words that replace <paramref name="word"/>, or null when the lexicon does not know it.</summary>
    public string[]? Replace(string word) => replacements.TryGetValue(word, out var formal) ? formal : null;

    /// <summary>True for a word some entry maps to: a form the matcher already understands.</summary>
    public bool IsFormalWord(string word) => formalWords.Contains(word);

    /// <summary>The shipped lists with <paramref name="operatorEntries"/> (informal, formal) laid over them.</summary>
    public static Lexicon Build(IEnumerable<(string Informal, string Formal)> operatorEntries)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var resource in ShippedFiles)
        {
            foreach (var (informal, formal) in ReadTsv(resource))
                Add(map, informal, formal);
        }
        foreach (var (informal, formal) in operatorEntries)
            Add(map, informal, formal);
        return new Lexicon(map);
    }

    public static Lexicon Empty { get; } = new([]);

    static readonly string[] ShippedFiles = ["lexicon-indocollex.tsv", "lexicon-savira.tsv"];

    static void Add(Dictionary<string, string[]> map, string informal, string formal)
    {
        var key = informal.Trim().ToLowerInvariant();
        var words = formal.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal) || words.Length == 0)
            return;
        map[key] = words;
    }

    static IEnumerable<(string, string)> ReadTsv(string fileName)
    {
        var assembly = typeof(Lexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(resource => resource.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Split('\t') is not [var informal, var formal])
                continue;
            yield return (informal, formal);
        }
    }
}
