using System.Text.RegularExpressions;

namespace Savira.Core.Services.Puskesmas;

/// <summary>
/// Finds the puskesmas a citizen means: by name, forgiving spaces and small typos ("kedung mundu",
/// "pkm halmahera", "tlogosari kulom"), by kecamatan ("semarang timur"), or nearest to a location pin.
/// </summary>
public static partial class PuskesmasFinder
{
    const int LongestName = 3; // words in the longest name, "ngemplak simongan" → 2, kecamatan "semarang tengah" → 2

    /// <summary>Words that never name a place on their own, so a typo match may not start from them.</summary>
    static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "puskesmas", "pkm", "pusk", "ambil", "antrean", "antrian", "antri", "nomor", "no", "di", "ke", "yang", "mau",
        "ingin", "daftar", "poli", "umum", "gigi", "kia", "kb", "lansia", "saya", "tolong", "mohon", "kak", "min",
        "dong", "ya", "besok", "hari", "ini", "sekarang", "kecamatan", "kec", "kelurahan", "jam", "buka", "semarang",
        "kota", "dekat", "terdekat", "rumah", "untuk", "dan", "atau", "pagi", "siang", "bisa", "nya", "kakak",
        "banget", "bngt", "bgt", "sekali", // "judes banget" is not Bangetayu
    };

    /// <summary>The places the text names: one when it is clear, several when it names a kecamatan or an ambiguous prefix.</summary>
    public static IReadOnlyList<PuskesmasPlace> Find(string text, IReadOnlyList<PuskesmasPlace> places)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(match => match.Value).ToList();
        if (words.Count == 0)
            return [];
        var windows = Windows(words).ToList();

        var byName = BestMatches(windows, places, place => Key(place.Name));
        if (byName.Count > 0)
            return byName;

        var byKecamatan = BestMatches(windows, places, place => Key(place.Kecamatan));
        if (byKecamatan.Count > 0)
            return byKecamatan;

        // "tlogosari" alone: every puskesmas whose name starts with it.
        return windows.Where(window => !window.HasFiller && window.Text.Length >= 5)
            .SelectMany(window => places.Where(place => Key(place.Name).StartsWith(window.Text, StringComparison.Ordinal)))
            .Distinct()
            .ToList();
    }

    /// <summary>The puskesmas nearest to the pin, with the distance in kilometres.</summary>
    public static (PuskesmasPlace Place, double Kilometres)? Nearest(double latitude, double longitude, IReadOnlyList<PuskesmasPlace> places) =>
        places.Count == 0
            ? null
            : places.Select(place => (place, Kilometres(latitude, longitude, place.Latitude, place.Longitude)))
                .MinBy(pair => pair.Item2);

    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        const double EarthRadiusKm = 6371.0;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>"Puskesmas Tlogosari Kulon" → "tlogosarikulon": spaces don't count when matching.</summary>
    static string Key(string name)
    {
        var lower = name.ToLowerInvariant().Replace("puskesmas", "", StringComparison.Ordinal);
        return string.Concat(lower.Where(char.IsLetterOrDigit));
    }

    static List<PuskesmasPlace> BestMatches(List<Window> windows, IReadOnlyList<PuskesmasPlace> places, Func<PuskesmasPlace, string> key)
    {
        var best = int.MaxValue;
        var found = new List<PuskesmasPlace>();
        foreach (var place in places)
        {
            var placeKey = key(place);
            var allowed = placeKey.Length <= 5 ? 0 : placeKey.Length <= 8 ? 1 : 2;
            foreach (var window in windows)
            {
                var distance = window.Text == placeKey ? 0 : window.HasFiller ? int.MaxValue : Distance(window.Text, placeKey, allowed);
                if (distance > allowed || distance > best)
                    continue;
                if (distance < best)
                {
                    best = distance;
                    found.Clear();
                }
                if (!found.Contains(place))
                    found.Add(place);
            }
        }
        return found;
    }

    static IEnumerable<Window> Windows(List<string> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            for (var length = 1; length <= LongestName && start + length <= words.Count; length++)
            {
                var slice = words.GetRange(start, length);
                yield return new Window(string.Concat(slice), slice.Any(Filler.Contains));
            }
        }
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus swapped neighbours), giving up past <paramref name="limit"/>.</summary>
    static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    readonly record struct Window(string Text, bool HasFiller);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
