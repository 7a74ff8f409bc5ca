using Microsoft.Extensions.Options;

namespace Savira.Core.Services.Faq;

/// <summary>
/// TF-IDF vectors over each entry's question and example phrasings (and, in its centroid, its answer). An entry
/// scores half the best cosine of one of its texts and half the cosine of its centroid. The index is rebuilt when
/// the store says what is published changed. An entry's start and end times are checked at question time, so an
/// entry stops answering the moment it ends without anyone rebuilding anything.
/// </summary>
public sealed partial class TfIdfFaqRetriever(FaqStore store, ITextNormalizer normalizer, IOptions<FaqOptions> options, TimeProvider clock) : IFaqRetriever
{
    readonly Lock gate = new();
    KnowledgeIndex? index;

    /// <summary>How much the follow-up's context counts against the question itself.</summary>
    const double ContextWeight = 0.3;

    public IReadOnlyList<FaqMatch> Search(string question, string? intent) => Search(question, null, intent);

    public IReadOnlyList<FaqMatch> Search(string question, string? context, string? intent)
    {
        var current = CurrentIndex();
        var query = current.Vector(normalizer.Terms(question));
        var around = context is null ? [] : current.Vector(normalizer.Terms(context));
        if (query.Count == 0 && around.Count == 0)
            return [];

        var scores = current.Closeness(query);
        if (around.Count > 0)
        {
            var contextScores = current.Closeness(around);
            for (var i = 0; i < scores.Length; i++)
                scores[i] += ContextWeight * contextScores[i];
        }

        var minimum = options.Value.MinimumScore;
        var now = clock.GetUtcNow();
        var matches = new List<FaqMatch>();
        for (var i = 0; i < scores.Length; i++)
        {
            var entry = current.Entries[i];
            if (scores[i] >= minimum && (intent is null || entry.Intent == intent) && entry.AnswersAt(now))
                matches.Add(new FaqMatch(entry, scores[i]));
        }
        matches.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Entry.Id.CompareTo(b.Entry.Id));
        return matches;
    }

    public IReadOnlyList<FaqEntry> Topics(string intent)
    {
        var now = clock.GetUtcNow();
        return CurrentIndex().Entries.Where(entry => entry.Intent == intent && entry.AnswersAt(now)).ToList();
    }

    KnowledgeIndex CurrentIndex()
    {
        var revision = store.Revision;
        var current = index;
        if (current is not null && current.Revision == revision)
            return current;
        lock (gate)
        {
            if (index is null || index.Revision != revision)
                index = KnowledgeIndex.Build(revision, store.List(), normalizer);
            return index;
        }
    }
}
