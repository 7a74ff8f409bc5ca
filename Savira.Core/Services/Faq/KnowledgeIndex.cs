using System.Text.RegularExpressions;

namespace Savira.Core.Services.Faq;

/// <summary>
/// One snapshot of the knowledge base as TF-IDF postings: for each term, the texts (questions and phrasings) and
/// the entry centroids it occurs in with its weight. Scoring a question walks only its own terms' postings, so a
/// search costs what the question's words cost, not what the whole knowledge base does.
/// </summary>
internal sealed partial class KnowledgeIndex
{
    /// <summary>How much an entry's answer counts in its centroid against its question and phrasings (1 each).</summary>
    const double AnswerWeight = 0.5;

    readonly Dictionary<string, double> idf;
    readonly int[] textEntry; // the entry each text belongs to
    readonly Dictionary<string, (int Text, double Weight)[]> textPostings;
    readonly Dictionary<string, (int Entry, double Weight)[]> centroidPostings;

    KnowledgeIndex(long revision, IReadOnlyList<FaqEntry> entries, Dictionary<string, double> idf, int[] textEntry,
        Dictionary<string, (int, double)[]> textPostings, Dictionary<string, (int, double)[]> centroidPostings)
    {
        Revision = revision;
        Entries = entries;
        this.idf = idf;
        this.textEntry = textEntry;
        this.textPostings = textPostings;
        this.centroidPostings = centroidPostings;
    }

    public long Revision { get; }
    public IReadOnlyList<FaqEntry> Entries { get; }

    public static KnowledgeIndex Build(long revision, IReadOnlyList<FaqEntry> entries, ITextNormalizer normalizer)
    {
        var texts = entries
            .SelectMany((entry, position) => entry.Examples.Prepend(entry.Question).Select(text => (Entry: position, Terms: normalizer.Terms(text))))
            .Where(text => text.Terms.Count > 0)
            .ToList();
        var documentFrequency = texts.SelectMany(text => text.Terms.Distinct()).GroupBy(term => term).ToDictionary(group => group.Key, group => group.Count());
        var idf = documentFrequency.ToDictionary(pair => pair.Key, pair => Math.Log((texts.Count + 1.0) / (pair.Value + 1.0)) + 1.0);

        var vectors = texts.Select(text => Vector(idf, text.Terms)).ToList();
        var textPostings = vectors
            .SelectMany((vector, text) => vector.Select(pair => (pair.Key, Posting: (text, pair.Value))))
            .GroupBy(item => item.Key).ToDictionary(group => group.Key, group => group.Select(item => item.Posting).ToArray());

        // The answer's words count in the centroid too, at half weight: "dihitung" in the penalty answer is evidence.
        var centroids = new Dictionary<string, double>[entries.Count];
        for (var entry = 0; entry < entries.Count; entry++)
            centroids[entry] = new Dictionary<string, double>();
        for (var text = 0; text < texts.Count; text++)
        {
            foreach (var (term, weight) in vectors[text])
                centroids[texts[text].Entry][term] = centroids[texts[text].Entry].GetValueOrDefault(term) + weight;
        }
        for (var entry = 0; entry < entries.Count; entry++)
        {
            foreach (var (term, weight) in Vector(idf, normalizer.Terms(WhatsAppMarkup().Replace(entries[entry].Answer, " "))))
                centroids[entry][term] = centroids[entry].GetValueOrDefault(term) + AnswerWeight * weight;
            Unit(centroids[entry]);
        }
        var centroidPostings = centroids
            .SelectMany((centroid, entry) => centroid.Select(pair => (pair.Key, Posting: (entry, pair.Value))))
            .GroupBy(item => item.Key).ToDictionary(group => group.Key, group => group.Select(item => item.Posting).ToArray());

        return new KnowledgeIndex(revision, entries, idf, texts.Select(text => text.Entry).ToArray(), textPostings, centroidPostings);
    }

    /// <summary>Unit-length TF-IDF vector of a question; terms the knowledge base never uses carry no weight.</summary>
    public Dictionary<string, double> Vector(IReadOnlyList<string> terms) => Vector(idf, terms);

    /// <summary>
    /// Each entry's closeness to <paramref name="query"/>, by position in <see cref="Entries"/>: half the best cosine
    /// of one of its texts, half the cosine of its centroid, so one example that shares a common word ("umur", "mau")
    /// counts less than an entry whose phrasings share the question's rare words ("kia").
    /// </summary>
    public double[] Closeness(Dictionary<string, double> query)
    {
        var scores = new double[Entries.Count];
        if (query.Count == 0)
            return scores;
        var textScores = new Dictionary<int, double>();
        foreach (var (term, weight) in query)
        {
            if (textPostings.TryGetValue(term, out var postings))
            {
                foreach (var (text, textWeight) in postings)
                    textScores[text] = textScores.GetValueOrDefault(text) + weight * textWeight;
            }
            if (centroidPostings.TryGetValue(term, out var centroid))
            {
                foreach (var (entry, entryWeight) in centroid)
                    scores[entry] += 0.5 * weight * entryWeight;
            }
        }
        var best = new double[Entries.Count];
        foreach (var (text, score) in textScores)
            best[textEntry[text]] = Math.Max(best[textEntry[text]], score);
        for (var entry = 0; entry < scores.Length; entry++)
            scores[entry] += 0.5 * best[entry];
        return scores;
    }

    static Dictionary<string, double> Vector(Dictionary<string, double> idf, IReadOnlyList<string> terms)
    {
        var vector = new Dictionary<string, double>();
        foreach (var term in terms)
        {
            if (idf.TryGetValue(term, out var weight))
                vector[term] = vector.GetValueOrDefault(term) + weight;
        }
        return Unit(vector);
    }

    static Dictionary<string, double> Unit(Dictionary<string, double> vector)
    {
        var length = Math.Sqrt(vector.Values.Sum(value => value * value));
        foreach (var term in vector.Keys.ToList())
            vector[term] /= length;
        return vector;
    }

    [GeneratedRegex(@"[*_~]")]
    private static partial Regex WhatsAppMarkup();
}
