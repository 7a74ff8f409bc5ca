using Microsoft.Extensions.Options;

namespace Savira.Core.Services.Faq;

/// <summary>
/// TF-IDF vectors over each entry's question and example questions; an entry scores the best cosine
/// similarity of any of its texts. The index is rebuilt when the store says an entry changed.
/// </summary>
public sealed partial class TfIdfFaqRetriever(FaqStore store, ITextNormalizer normalizer, IOptions<FaqOptions> options) : IFaqRetriever
{
    readonly Lock gate = new();
    Index? index;

    /// <summary>How much the follow-up's context counts against the question itself.</summary>
    const double ContextWeight = 0.3;

    /// <summary>How much an entry's answer counts in its centroid against its question and phrasings (1 each).</summary>
    const double AnswerWeight = 0.5;

    public IReadOnlyList<FaqMatch> Search(string question, string? context, string? intent)
    {
        var current = CurrentIndex();
        var query = current.Vector(normalizer.Terms(question));
        var around = context is null ? [] : current.Vector(normalizer.Terms(context));
        if (query.Count == 0 && around.Count == 0)
            return [];

        return current.Documents
            .Where(document => intent is null || document.Entry.Intent == intent)
            .GroupBy(document => document.Entry.Id)
            .Select(texts => new FaqMatch(texts.First().Entry,
                Closeness(query, texts, current) + ContextWeight * Closeness(around, texts, current)))
            .Where(match => match.Score >= options.Value.MinimumScore)
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.Entry.Id)
            .ToList();
    }

    /// <summary>
    /// Half the best cosine with one of the entry's texts, half the cosine with all its texts together: one
    /// example that shares a common word ("umur", "mau") counts less than an entry whose phrasings share the
    /// question's rare words ("kia").
    /// </summary>
    static double Closeness(Dictionary<string, double> query, IEnumerable<Document> texts, Index index) =>
        query.Count == 0 ? 0 : 0.5 * texts.Max(text => Index.Cosine(query, text.Vector)) + 0.5 * Index.Cosine(query, index.Centroid(texts.First().Entry.Id));

    public IReadOnlyList<FaqEntry> Topics(string intent) =>
        CurrentIndex().Entries.Where(entry => entry.Intent == intent).ToList();

    Index CurrentIndex()
    {
        var revision = store.Revision;
        var current = index;
        if (current is not null && current.Revision == revision)
            return current;
        lock (gate)
        {
            if (index is null || index.Revision != revision)
                index = Index.Build(revision, store.List(), normalizer);
            return index;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[*_~]")]
    private static partial System.Text.RegularExpressions.Regex WhatsAppMarkup();

    sealed record Document(FaqEntry Entry, Dictionary<string, double> Vector);

    sealed class Index(long revision, IReadOnlyList<FaqEntry> entries, List<Document> documents, Dictionary<string, double> idf)
    {
        readonly Dictionary<long, Dictionary<string, double>> centroids = [];

        public long Revision => revision;
        public IReadOnlyList<FaqEntry> Entries => entries;
        public List<Document> Documents => documents;

        public static Index Build(long revision, IReadOnlyList<FaqEntry> entries, ITextNormalizer normalizer)
        {
            var texts = entries
                .SelectMany(entry => entry.Examples.Prepend(entry.Question).Select(text => (Entry: entry, Terms: normalizer.Terms(text))))
                .Where(text => text.Terms.Count > 0)
                .ToList();
            var answers = entries.ToDictionary(entry => entry.Id, entry => normalizer.Terms(WhatsAppMarkup().Replace(entry.Answer, " ")));
            var documentFrequency = texts
                .SelectMany(text => text.Terms.Distinct())
                .GroupBy(term => term)
                .ToDictionary(group => group.Key, group => group.Count());
            var idf = documentFrequency.ToDictionary(
                pair => pair.Key, pair => Math.Log((texts.Count + 1.0) / (pair.Value + 1.0)) + 1.0);
            var index = new Index(revision, entries, [], idf);
            index.Documents.AddRange(texts.Select(text => new Document(text.Entry, index.Vector(text.Terms))));
            // The answer's words count in the centroid too, at half weight: "dihitung" in the penalty answer is evidence.
            foreach (var group in index.Documents.GroupBy(document => document.Entry.Id))
                index.centroids[group.Key] = Unit(group.SelectMany(document => document.Vector)
                    .Concat(index.Vector(answers[group.Key]).Select(pair => KeyValuePair.Create(pair.Key, pair.Value * AnswerWeight)))
                    .GroupBy(pair => pair.Key).ToDictionary(pair => pair.Key, pair => pair.Sum(weight => weight.Value)));
            return index;
        }

        /// <summary>The unit-length sum of an entry's text vectors.</summary>
        public Dictionary<string, double> Centroid(long entryId) => centroids[entryId];

        /// <summary>Unit-length TF-IDF vector; terms the knowledge base never uses carry no weight.</summary>
        public Dictionary<string, double> Vector(IReadOnlyList<string> terms)
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

        public static double Cosine(Dictionary<string, double> query, Dictionary<string, double> document) =>
            query.Sum(pair => document.TryGetValue(pair.Key, out var weight) ? pair.Value * weight : 0);
    }
}
