using System.Diagnostics;
using Savira.Core.Understanding.Entities;
using Savira.Core.Understanding.Morphology;
using Savira.Core.Understanding.Normalization;

namespace Savira.Core.Understanding.Classification;

/// <summary>Builds an <see cref="IntentModel"/> from example utterances, lexicon entries and place names.</summary>
public static class IntentModelBuilder
{
    public static IntentModel Build(
        IReadOnlyList<TrainingExample> examples,
        IEnumerable<(string Informal, string Formal)> lexiconEntries,
        IEnumerable<NamedPlace> places,
        int pdamCustomerNumberLength)
    {
        if (examples.Count == 0)
            throw new InvalidOperationException("There are no training examples: the matcher cannot be trained.");
        var clock = Stopwatch.StartNew();
        var roots = RootWords.Shipped;
        var lexicon = Lexicon.Build(lexiconEntries);
        var stemmer = new IndonesianStemmer(roots);
        var extractor = new EntityExtractor(pdamCustomerNumberLength);
        var reference = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero); // dates only blank digits; the day does not matter

        // First pass without typo correction: the examples' own words become the vocabulary misspellings are corrected to.
        var plain = new TextNormalizer(lexicon, roots.Contains);
        var placeList = places.ToList();
        var plainGazetteer = new NameGazetteer(placeList, plain.Normalize);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            foreach (var word in plain.Normalize(extractor.Extract(example.Text, reference).Remainder))
                vocabulary[word] = vocabulary.GetValueOrDefault(word) + 1;
        }
        foreach (var word in plainGazetteer.Words)
            vocabulary.TryAdd(word, 1);

        // A word the stemmer takes to a root ("dibiarkan", "ditertibkan") is a real word, not a typo to correct towards
        // the examples' vocabulary ("dibayarkan", "diterbitkan").
        var normalizer = new TextNormalizer(lexicon, word => roots.Contains(word) || stemmer.Stem(word) != word, vocabulary);
        var gazetteer = new NameGazetteer(placeList, plain.Normalize);
        var featurized = new List<(FeatureVector, Intent)>(examples.Count);
        var normalized = new List<(IReadOnlyList<string>, Intent)>(examples.Count);
        foreach (var example in examples)
        {
            var (entities, rest) = extractor.Extract(example.Text, reference);
            var words = normalizer.Normalize(rest);
            foreach (var (kind, name) in gazetteer.Find(words))
                entities.TryAdd(kind, name);
            featurized.Add((Featurizer.Extract(words, stemmer, entities), example.Intent));
            normalized.Add((words, example.Intent));
        }

        var classifier = SoftmaxTrainer.Train(featurized);
        var domains = DomainVocabulary.Build(normalized, stemmer);
        return new IntentModel(normalizer, stemmer, gazetteer, extractor, classifier, domains, examples.Count, clock.Elapsed);
    }
}
