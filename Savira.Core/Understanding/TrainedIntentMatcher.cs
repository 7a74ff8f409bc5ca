using Microsoft.Extensions.Options;
using Savira.Core.Understanding.Classification;
using Savira.Core.Understanding.Training;

namespace Savira.Core.Understanding;

/// <summary>
/// The intent matcher: the current trained <see cref="IntentModel"/> reads the message, then the configured
/// thresholds decide between acting on the best intent, the fallback, and asking between the two best.
/// </summary>
public sealed partial class TrainedIntentMatcher(IntentModelTraining training, IOptionsMonitor<MatcherOptions> options, TimeProvider clock) : IIntentMatcher
{
    /// <summary>Intents worth offering as a numbered choice; small talk and out-of-scope are not services.</summary>
    static readonly HashSet<Intent> Services =
    [
        Intent.Pbb, Intent.Pkb, Intent.Pdam, Intent.Rsud, Intent.Puskesmas, Intent.Kependudukan,
        Intent.IzinNakes, Intent.Npwp, Intent.Infrastruktur, Intent.Handoff,
    ];

    public MessageUnderstanding Match(string text) => Match(text, excluded: null);

    public MessageUnderstanding Match(string text, Intent excluded) => Match(text, (Intent?)excluded);

    MessageUnderstanding Match(string text, Intent? excluded)
    {
        var settings = options.CurrentValue;
        var whole = Decide(training.Current.Read(text, clock.GetUtcNow()), excluded, settings);
        if (IsService(whole) || whole.Words.Count < settings.SentenceEvidenceWords)
            return whole;
        return BySentence(text, excluded, settings, whole) ?? whole;
    }

    static bool IsService(MessageUnderstanding understanding) =>
        understanding.Outcome is MatchOutcome.Confident or MatchOutcome.CloseCall && Services.Contains(understanding.Intent);

    /// <summary>
    /// A letter whose whole reading is out of scope or unsure, decided by its sentences: when the sentences read
    /// surely as services all name the same one (not a person, not an emergency: those the whole message must carry),
    /// that service, with the whole message's entities. Two services named apart are left to the whole reading.
    /// </summary>
    MessageUnderstanding? BySentence(string text, Intent? excluded, MatcherOptions settings, MessageUnderstanding whole)
    {
        MessageUnderstanding? chosen = null;
        foreach (var sentence in SentenceEnd().Split(text))
        {
            if (sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
                continue;
            var read = Decide(training.Current.Read(sentence, clock.GetUtcNow()), excluded, settings);
            if (read.Outcome != MatchOutcome.Confident || read.Confidence < settings.SentenceEvidenceThreshold
                || !Services.Contains(read.Intent) || read.Intent == Intent.Handoff)
                continue;
            if (chosen is not null && chosen.Intent != read.Intent)
                return null;
            if (chosen is null || read.Confidence > chosen.Confidence)
                chosen = read;
        }
        return chosen is null ? null : chosen with { Entities = whole.Entities, Words = whole.Words, Domains = whole.Domains.Union(chosen.Domains).ToHashSet() };
    }

    /// <summary>After a sentence's full stop, question or exclamation mark, or a line break.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    static MessageUnderstanding Decide(ModelReading reading, Intent? excluded, MatcherOptions settings)
    {
        if (excluded is { } left)
        {
            // The others' probabilities given that it is not the excluded intent.
            var rest = 1 - reading.Ranking.Where(score => score.Intent == left).Sum(score => score.Confidence);
            reading = reading with
            {
                Ranking = reading.Ranking.Where(score => score.Intent != left).Select(score => score with { Confidence = rest > 0 ? score.Confidence / rest : 0 }).ToArray(),
                EntityOnlyDomain = reading.EntityOnlyDomain == left ? null : reading.EntityOnlyDomain,
            };
        }
        var best = reading.Ranking[0];
        var runnerUp = reading.Ranking.Count > 1 ? reading.Ranking[1] : new IntentScore(best.Intent, 0);

        if (reading.EntityOnlyDomain is { } domain)
            return Understood(domain, 1, MatchOutcome.Confident);
        if (best.Confidence < settings.FallbackThreshold)
        {
            // "status duk-20261118-0042": the words say too little, but the identifier says which service.
            if (reading.EntityDomain is { } owner && owner != excluded)
                return Understood(owner, best.Confidence, MatchOutcome.Confident);
            return Understood(Intent.OutOfScope, best.Confidence, MatchOutcome.LowConfidence);
        }
        if (best.Intent == Intent.Handoff && best.Confidence < settings.HandoffEvidenceThreshold && !reading.Domains.Contains(Intent.Handoff))
            return Understood(Intent.OutOfScope, best.Confidence, MatchOutcome.LowConfidence);
        if (best.Intent == Intent.Emergency && best.Confidence < settings.EmergencyEvidenceThreshold && reading.Words.Count >= Featurizer.LongMessageWords
            && Core.Services.Emergency.EmergencySigns.Read(reading.Words).Count == 0)
            return Understood(Intent.OutOfScope, best.Confidence, MatchOutcome.LowConfidence);
        if (best.Confidence - runnerUp.Confidence <= settings.CloseCallMargin && Services.Contains(best.Intent) && Services.Contains(runnerUp.Intent))
        {
            // "status duk-…" between Disdukcapil and practice permits: the identifier says which of the two it is.
            if (reading.EntityDomain is { } owner && (owner == best.Intent || owner == runnerUp.Intent))
                return Understood(owner, reading.Ranking.First(score => score.Intent == owner).Confidence, MatchOutcome.Confident);
            return Understood(best.Intent, best.Confidence, MatchOutcome.CloseCall);
        }
        return Understood(best.Intent, best.Confidence, MatchOutcome.Confident);

        MessageUnderstanding Understood(Intent intent, double confidence, MatchOutcome outcome) =>
            new(intent, confidence) { Entities = reading.Entities, Outcome = outcome, Ranking = reading.Ranking, Words = reading.Words, Domains = reading.Domains, ServiceWordCount = reading.ServiceWordCount };
    }
}
