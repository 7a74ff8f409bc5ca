using System.Text.RegularExpressions;
using Dapper;
using Savira.Core.Data;
using Savira.Core.Inbound;

namespace Savira.Core.Services.Regions;

/// <summary>
/// The city's kecamatan and kelurahan (tables <c>kecamatan</c>, <c>kelurahan</c>): finds the one a citizen
/// names in a message, or the kecamatan nearest to a shared location. Read once; regions do not change.
/// </summary>
public sealed partial class CityAreas(Database database)
{
    /// <summary>A shared location farther than this from every kecamatan's centre is outside the city.</summary>
    const double MaxDistanceKm = 12;

    /// <summary>Kelurahan named like everyday words ("kudu" is Javanese for "must"): taken only after "di"/"kel"/"kelurahan".</summary>
    static readonly HashSet<string> CommonWords = new(["Kudu", "Candi", "Beringin", "Gemah"], StringComparer.OrdinalIgnoreCase);

    readonly Lazy<Catalog> catalog = new(() => Load(database));

    public IReadOnlyList<Area> Kecamatan => catalog.Value.Kecamatan.Select(entry => entry.Area).ToList();

    /// <summary>Every kelurahan with its kecamatan, for operators' pickers.</summary>
    public IReadOnlyList<Area> Kelurahan => catalog.Value.Kelurahan.Select(entry => entry.Area).ToList();

    /// <summary>
    /// The area named in <paramref name="text"/>, the most specific first: a kelurahan (inside the kecamatan
    /// also named, if any), else a kecamatan. A name shared by a kecamatan and one of its kelurahan
    /// ("Tembalang") means the kecamatan unless written after "kel"/"kelurahan".
    /// </summary>
    public Area? FindIn(string text)
    {
        var words = WordStarts(text);
        var kecamatan = Best(catalog.Value.KecamatanByStart.Candidates(words), text, _ => true);
        var kelurahan = Best(catalog.Value.KelurahanByStart.Candidates(words), text, found =>
            (!CommonWords.Contains(found.Area.Kelurahan!) || PlaceWord().IsMatch(text[..found.Index]))
            && (kecamatan is null
                || found.Area.KecamatanId == kecamatan.Area.KecamatanId
                   && (found.Index != kecamatan.Index || KelurahanWord().IsMatch(text[..found.Index]))));
        return kelurahan?.Area ?? kecamatan?.Area;
    }

    /// <summary>The kecamatan whose centre is nearest to <paramref name="location"/>, if it lies in the city.</summary>
    public Area? Nearest(SharedLocation location)
    {
        var nearest = catalog.Value.Kecamatan
            .Select(entry => (entry.Area, Distance: DistanceKm(location.Latitude, location.Longitude, entry.Latitude, entry.Longitude)))
            .MinBy(candidate => candidate.Distance);
        return nearest.Distance <= MaxDistanceKm ? nearest.Area : null;
    }

    /// <summary>The area with these names (any spelling the catalog knows), for operators' input.</summary>
    public Area? Find(string kecamatan, string? kelurahan)
    {
        var kec = catalog.Value.Kecamatan.FirstOrDefault(entry => entry.Pattern.Match(kecamatan.Trim()) is { Success: true } m && m.Length == kecamatan.Trim().Length);
        if (kec is null)
            return null;
        if (string.IsNullOrWhiteSpace(kelurahan))
            return kec.Area;
        var kel = catalog.Value.Kelurahan.FirstOrDefault(entry =>
            entry.Area.KecamatanId == kec.Area.KecamatanId
            && entry.Pattern.Match(kelurahan.Trim()) is { Success: true } m && m.Length == kelurahan.Trim().Length);
        return kel?.Area;
    }

    static Found? Best(IEnumerable<Entry> entries, string text, Func<Found, bool> accept)
    {
        Found? best = null;
        foreach (var entry in entries)
        {
            foreach (Match match in entry.Pattern.Matches(text))
            {
                var found = new Found(entry.Area, match.Index, match.Length);
                if (accept(found) && (best is null || found.Length > best.Length))
                    best = found;
            }
        }
        return best;
    }

    static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double earthRadiusKm = 6371;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * earthRadiusKm * Math.Asin(Math.Sqrt(a));
    }

    static Catalog Load(Database database)
    {
        using var connection = database.Open();
        var kecamatan = connection.Query<KecamatanRow>("SELECT id, name, aliases, latitude, longitude FROM kecamatan ORDER BY id")
            .Select(row => new Entry(new Area(row.Id, row.Name), NamePattern(row.Name, row.Aliases), SpellingStarts(row.Name, row.Aliases), row.Latitude, row.Longitude))
            .ToList();
        var names = kecamatan.ToDictionary(entry => entry.Area.KecamatanId, entry => entry.Area.Kecamatan);
        var kelurahan = connection.Query<KelurahanRow>("SELECT id, kecamatan_id AS kecamatanId, name, aliases FROM kelurahan ORDER BY id")
            .Select(row => new Entry(new Area(row.KecamatanId, names[row.KecamatanId], row.Id, row.Name), NamePattern(row.Name, row.Aliases), SpellingStarts(row.Name, row.Aliases), 0, 0))
            .ToList();
        return new Catalog(kecamatan, kelurahan, new EntriesByStart(kecamatan), new EntriesByStart(kelurahan));
    }

    /// <summary>How many letters of a word <see cref="EntriesByStart"/> looks at.</summary>
    const int StartLength = 3;

    /// <summary>The first letters (lower case) of every word in <paramref name="text"/>: a name can only start where a word does.</summary>
    static HashSet<string> WordStarts(string text)
    {
        var starts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || i > 0 && char.IsLetterOrDigit(text[i - 1]))
                continue;
            var length = 1;
            while (length < StartLength && i + length < text.Length && char.IsLetterOrDigit(text[i + length]))
                length++;
            starts.Add(text.Substring(i, length).ToLowerInvariant());
        }
        return starts;
    }

    static IEnumerable<string> Spellings(string name, string aliases) =>
        aliases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(name);

    /// <summary>Whole words, any case, with or without the spaces between the words of the name.</summary>
    static Regex NamePattern(string name, string aliases)
    {
        var spellings = Spellings(name, aliases)
            .Select(spelling => string.Join(@"\s*", spelling.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));
        return new Regex($@"(?<![\p{{L}}\d])(?:{string.Join('|', spellings)})(?![\p{{L}}\d])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// The first letters of each spelling as <see cref="WordStarts"/> takes them from a message, also as
    /// written without its spaces ("Bt Raya" can be written "btraya").
    /// </summary>
    static List<string> SpellingStarts(string name, string aliases) =>
        Spellings(name, aliases).SelectMany(spelling => new[] { First(spelling), First(spelling.Replace(" ", "", StringComparison.Ordinal)) })
            .Distinct().ToList();

    static string First(string spelling)
    {
        var word = spelling.TrimStart();
        var length = 0;
        while (length < StartLength && length < word.Length && char.IsLetterOrDigit(word[length]))
            length++;
        return word[..length].ToLowerInvariant();
    }

    [GeneratedRegex(@"\b(kel|kelurahan)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KelurahanWord();

    [GeneratedRegex(@"\b(di|kel|kelurahan|daerah|wilayah)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceWord();

    sealed record Entry(Area Area, Regex Pattern, IReadOnlyList<string> Starts, double Latitude, double Longitude);

    sealed record Found(Area Area, int Index, int Length);

    sealed record Catalog(List<Entry> Kecamatan, List<Entry> Kelurahan, EntriesByStart KecamatanByStart, EntriesByStart KelurahanByStart);

    /// <summary>
    /// The entries by the first letters of their spellings, so a message is matched against the few names
    /// that could start at one of its words instead of every kelurahan's pattern (the patterns still decide).
    /// </summary>
    sealed class EntriesByStart
    {
        readonly List<Entry> entries;
        readonly Dictionary<string, List<int>> byStart = new(StringComparer.Ordinal);

        public EntriesByStart(List<Entry> entries)
        {
            this.entries = entries;
            for (var index = 0; index < entries.Count; index++)
            {
                foreach (var start in entries[index].Starts)
                {
                    if (!byStart.TryGetValue(start, out var list))
                        byStart[start] = list = [];
                    if (list.LastOrDefault(-1) != index)
                        list.Add(index);
                }
            }
        }

        /// <summary>The entries that could match a text with these word starts, in catalog order.</summary>
        public List<Entry> Candidates(HashSet<string> wordStarts)
        {
            var indexes = new SortedSet<int>();
            foreach (var start in wordStarts)
            {
                if (byStart.TryGetValue(start, out var list))
                    indexes.UnionWith(list);
            }
            return indexes.Select(index => entries[index]).ToList();
        }
    }

    sealed record KecamatanRow
    {
        public required long Id { get; init; }
        public required string Name { get; init; }
        public required string Aliases { get; init; }
        public required double Latitude { get; init; }
        public required double Longitude { get; init; }
    }

    sealed record KelurahanRow
    {
        public required long Id { get; init; }
        public required long KecamatanId { get; init; }
        public required string Name { get; init; }
        public required string Aliases { get; init; }
    }
}
