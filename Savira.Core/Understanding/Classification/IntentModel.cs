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
    readonly DomainVocabulary domains;

    internal IntentModel(TextNormalizer normalizer, IndonesianStemmer stemmer, NameGazetteer gazetteer, EntityExtractor extractor,
        SoftmaxClassifier classifier, DomainVocabulary domains, int exampleCount, TimeSpan trainingTime)
    {
        this.domains = domains;
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

    /// <summary>How much the normaliser's cache of resolved words holds (it grows with what citizens write, to its bounds).</summary>
    public Memory.CacheUse CachedWords => normalizer.CachedWords;

    /// <summary>How much the stemmer's cache holds.</summary>
    public Memory.CacheUse CachedStems => stemmer.CachedStems;

    /// <summary>The intents ranked by calibrated probability, the entities, and the domain of a message that is only an entity.</summary>
    public ModelReading Read(string text, DateTimeOffset now)
    {
        var (entities, rest) = extractor.Extract(text, now);
        var words = normalizer.Normalize(rest);
        foreach (var (kind, name) in gazetteer.Find(words))
            entities.TryAdd(kind, name);

        var features = Featurizer.Collect(words, stemmer, entities);
        Span<double> probabilities = stackalloc double[classifier.Classes.Count];
        classifier.Probabilities(features.Ids, features.Values, probabilities);
        var ranking = Ranked(classifier.Classes, probabilities);

        var entityDomain = entities.Count > 0 ? SingleDomain(entities) : null;
        var onlyEntity = entityDomain is { } domain && IsOnlyFillers(words) ? domain : (Intent?)null;
        var (serviceDomains, serviceWords) = DomainsOf(words, entities);
        return new ModelReading(ranking, entities, words, onlyEntity, serviceDomains) { ServiceWordCount = serviceWords, EntityDomain = entityDomain };
    }

    /// <summary>The services the message's words and entities belong to (the shared empty set when none), and how many words did.</summary>
    (IReadOnlySet<Intent> Domains, int Words) DomainsOf(IReadOnlyList<string> words, Dictionary<string, string> entities)
    {
        HashSet<Intent>? found = null;
        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (domains.DomainOf(words[i]) is { } domain)
            {
                (found ??= []).Add(domain);
                count++;
            }
        }
        foreach (var (name, value) in entities)
        {
            if (EntityDomains.Of(name, value) is { } domain)
                (found ??= []).Add(domain);
        }
        return (found ?? (IReadOnlySet<Intent>)System.Collections.ObjectModel.ReadOnlySet<Intent>.Empty, count);
    }

    /// <summary>How many words the training examples tie to one service.</summary>
    public int DomainWordCount => domains.Count;

    /// <summary>Best first; intents with equal probability keep their class order (a stable sort, as OrderByDescending).</summary>
    static IntentScore[] Ranked(IReadOnlyList<Intent> classes, ReadOnlySpan<double> probabilities)
    {
        var ranking = new IntentScore[classes.Count];
        for (var i = 0; i < ranking.Length; i++)
        {
            var score = new IntentScore(classes[i], probabilities[i]);
            var j = i;
            for (; j > 0 && score.Confidence.CompareTo(ranking[j - 1].Confidence) > 0; j--)
                ranking[j] = ranking[j - 1];
            ranking[j] = score;
        }
        return ranking;
    }

    /// <summary>The one intent all the entities belong to; null when none belongs to one or they belong to several.</summary>
    static Intent? SingleDomain(Dictionary<string, string> entities)
    {
        Intent? single = null;
        foreach (var (name, value) in entities)
        {
            if (EntityDomains.Of(name, value) is not { } domain || domain == single)
                continue;
            if (single is not null)
                return null;
            single = domain;
        }
        return single;
    }

    static bool IsOnlyFillers(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Fillers.Contains(words[i]))
                return false;
        }
        return true;
    }

    public IReadOnlyList<string> Normalize(string text) => normalizer.Normalize(text);

    public string Stem(string word) => stemmer.Stem(word);
}

/// <summary>What the model read in one message, before the matcher applies its thresholds.</summary>
public sealed record ModelReading(
    IReadOnlyList<IntentScore> Ranking,
    IReadOnlyDictionary<string, string> Entities,
    IReadOnlyList<string> Words,
    Intent? EntityOnlyDomain,
    IReadOnlySet<Intent> Domains)
{
    public int ServiceWordCount { get; init; }

    /// <summary>The one service all the message's entities belong to, whatever its words.</summary>
    public Intent? EntityDomain { get; init; }
}
