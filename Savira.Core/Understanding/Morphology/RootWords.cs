namespace Savira.Core.Understanding.Morphology;

/// <summary>
/// Indonesian/Malay root words (from MALINDO Morph, see NOTICE) that the stemmer checks each remainder
/// against, so that it stops at a real word and never over-strips ("kendaraan" → "kendara", not "ndara").
/// </summary>
public sealed class RootWords
{
    readonly HashSet<string> roots; // not a FrozenSet: 70,000 words would take it far longer to build

    public RootWords(IEnumerable<string> roots)
    {
        this.roots = new HashSet<string>(roots, StringComparer.Ordinal);
        LongestLength = this.roots.Count == 0 ? 0 : this.roots.Max(root => root.Length);
    }

    public int Count => roots.Count;

    /// <summary>The length of the longest root word.</summary>
    public int LongestLength { get; }

    public bool Contains(string word) => roots.Contains(word);

    static readonly Lazy<RootWords> ShippedList = new(() => new RootWords(ReadShipped()));

    /// <summary>The list shipped with Savira, loaded once per process.</summary>
    public static RootWords Shipped => ShippedList.Value;

    static IEnumerable<string> ReadShipped()
    {
        var assembly = typeof(RootWords).Assembly;
        var name = assembly.GetManifestResourceNames().Single(resource => resource.EndsWith(".roots.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
                yield return line;
        }
    }
}
