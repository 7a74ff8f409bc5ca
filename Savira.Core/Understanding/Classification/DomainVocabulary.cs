using System.Collections.Frozen;
using Savira.Core.Understanding.Morphology;

namespace Savira.Core.Understanding.Classification;

/// <summary>
/// The words the training examples tie to one service: a stem seen in at least <see cref="MinimumExamples"/>
/// examples, at least <see cref="MinimumShare"/> of them of one service intent ("stnk" → pkb, "efin" → npwp).
/// Words every service uses ("biaya", "bayar", "syarat", "sabtu") belong to none, which is what lets the
/// conversation tell a follow-up ("biayanya berapa?") from a change of subject ("air mati di tembalang").
/// Out-of-scope examples are not counted. Derived from the same examples as the classifier, so the two never drift apart.
/// </summary>
public sealed class DomainVocabulary
{
    public const int MinimumExamples = 4;
    public const double MinimumShare = 0.75;

    readonly FrozenDictionary<string, Intent> domainByStem;
    readonly IndonesianStemmer stemmer;

    DomainVocabulary(FrozenDictionary<string, Intent> domainByStem, IndonesianStemmer stemmer)
    {
        this.domainByStem = domainByStem;
        this.stemmer = stemmer;
    }

    public int Count => domainByStem.Count;

    public static DomainVocabulary Build(IEnumerable<(IReadOnlyList<string> Words, Intent Intent)> examples, IndonesianStemmer stemmer)
    {
        var counts = new Dictionary<string, Dictionary<Intent, int>>(StringComparer.Ordinal);
        foreach (var (words, intent) in examples)
        {
            // Off-topic text borrows service words ("pedagang di trotoar jalan"); it says nothing about which service owns them.
            if (intent == Intent.OutOfScope)
                continue;
            foreach (var stem in words.Select(stemmer.Stem).Distinct(StringComparer.Ordinal))
            {
                if (!counts.TryGetValue(stem, out var byIntent))
                    counts[stem] = byIntent = [];
                byIntent[intent] = byIntent.GetValueOrDefault(intent) + 1;
            }
        }

        var domains = new Dictionary<string, Intent>(StringComparer.Ordinal);
        foreach (var (stem, byIntent) in counts)
        {
            var total = byIntent.Values.Sum();
            var (top, count) = byIntent.MaxBy(pair => pair.Value);
            // Emergencies are told by their own signs (EmergencySigns), not by words shared with everyday requests.
            if (total >= MinimumExamples && count >= MinimumShare * total && top.IsService() && top != Intent.Emergency && stem.Length > 2 && stem != "nya")
                domains[stem] = top;
        }
        return new DomainVocabulary(domains.ToFrozenDictionary(StringComparer.Ordinal), stemmer);
    }

    /// <summary>The service <paramref name="word"/> (a normalised word) belongs to, or null when it belongs to none.</summary>
    public Intent? DomainOf(string word) =>
        domainByStem.TryGetValue(word, out var domain) || domainByStem.TryGetValue(stemmer.Stem(word), out domain) ? domain : null;
}
