using Savira.Core.Understanding.Entities;
using Savira.Core.Understanding.Morphology;
using Savira.Core.Understanding.Normalization;

namespace Savira.Core.Understanding.Classification;

/// <summary>
/// One trained snapshot of everything the matcher needs: lexicon-backed normaliser, stemmer, gazetteer and
/// classifier. It is immutable, so a reader holding it is never disturbed by a retraining that builds the next.
/// </summary>
public sealed class IntentModel
{
    /// <summary>Chat fillers that say nothing about the domain; a message of only these and an entity is that entity's.</summary>
    static readonly HashSet<string> Fillers =
    [
        "min", "admin", "kak", "pak", "bu", "ibu", "mas", "mbak", "bapak", "iya", "ini", "itu", "nomor", "nomer", "saya",
        "punya", "cek", "tolong", "mohon", "dong", "nih", "ya", "kode", "nya", "sama", "dan", "ke", "di", "yang", "ok", "oke",
        "bantu", "berikut", TextNormalizer.NumberToken,
    ];

    readonly TextNormalizer normalizer;
    readonly IndonesianStemmer stemmer;
    readonly NameGazetteer gazetteer;
    readonly EntityExtractor extractor;
    readonly SoftmaxClassifier classifier;

    internal IntentModel(TextNormalizer normalizer, IndonesianStemmer stemmer, NameGazetteer gazetteer, EntityExtractor extractor,
        SoftmaxClassifier classifier, int exampleCount, TimeSpan trainingTime)
    {
        this.normalizer = normalizer;
        this.stemmer = stemmer;
        this.gazetteer = gazetteer;
        this.extractor = extractor;
        this.classifier = classifier;
        ExampleCount = exampleCount;
        TrainingTime = trainingTime;
    }

    public int ExampleCount { get; }
    public TimeSpan TrainingTime { get; }
    public int FeatureCount => classifier.FeatureCount;
    public double Temperature => classifier.Temperature;

    /// <summary>The intents ranked by calibrated probability, the entities, and the domain of a message that is only an entity.</summary>
    public ModelReading Read(string text, DateTimeOffset now)
    {
        var (entities, rest) = extractor.Extract(text, now);
        var words = normalizer.Normalize(rest);
        foreach (var (kind, name) in gazetteer.Find(words))
            entities.TryAdd(kind, name);

        var stems = words.Select(stemmer.Stem).ToArray();
        var probabilities = classifier.Probabilities(Featurizer.Extract(words, stems, entities.Keys));
        var ranking = classifier.Classes.Select((intent, index) => new IntentScore(intent, probabilities[index]))
            .OrderByDescending(score => score.Confidence).ToList();

        var domains = entities.Select(entity => EntityDomains.Of(entity.Key, entity.Value)).OfType<Intent>().Distinct().ToList();
        var onlyEntity = domains.Count == 1 && words.All(Fillers.Contains) ? domains[0] : (Intent?)null;
        return new ModelReading(ranking, entities, words, onlyEntity);
    }

    public IReadOnlyList<string> Normalize(string text) => normalizer.Normalize(text);

    public string Stem(string word) => stemmer.Stem(word);
}

/// <summary>What the model read in one message, before the matcher applies its thresholds.</summary>
public sealed record ModelReading(
    IReadOnlyList<IntentScore> Ranking,
    IReadOnlyDictionary<string, string> Entities,
    IReadOnlyList<string> Words,
    Intent? EntityOnlyDomain);
