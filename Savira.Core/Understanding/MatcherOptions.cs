using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Understanding;

/// <summary>Settings of the intent matcher, section "Savira:Matcher".</summary>
public sealed class MatcherOptions
{
    public const string Section = "Savira:Matcher";

    /// <summary>Below this calibrated confidence the message gets the fallback and is recorded as unanswered.</summary>
    [Range(0.0, 1.0)] public double FallbackThreshold { get; init; } = 0.35;

    /// <summary>When the runner-up is within this much of the best, the citizen is asked which was meant.</summary>
    [Range(0.0, 1.0)] public double CloseCallMargin { get; init; } = 0.12;

    /// <summary>
    /// A handoff below this confidence needs a word the examples tie to handoff ("petugas", "operator", "cs"):
    /// chit-chat and nonsense ("aku cinta doraemon") that only resemble a request for a person get the fallback.
    /// </summary>
    [Range(0.0, 1.0)] public double HandoffEvidenceThreshold { get; init; } = 0.6;

    /// <summary>
    /// A long message (<see cref="Classification.Featurizer.LongMessageWords"/> words or more) read as an emergency below
    /// this confidence needs a sign of one in the words (<see cref="Services.Emergency.EmergencySigns"/>),
    /// else the fallback: a long complaint or an unfamiliar letter is not an emergency because it resembles none of
    /// the other intents. The conversation reads emergencies from the ranking, which this does not change.
    /// </summary>
    [Range(0.0, 1.0)] public double EmergencyEvidenceThreshold { get; init; } = 0.9;

    /// <summary>The matcher's own PDAM number length, removed: it reads <c>Savira:Pdam:CustomerNumberLength</c> like the PDAM service.</summary>
    internal const string RemovedPdamCustomerNumberLength = Section + ":PdamCustomerNumberLength";

    /// <summary>
    /// A letter of at least this many words that the whole-message reading does not place in a service is read again
    /// sentence by sentence (a greeting, an address and a closing formula around one request drown it out).
    /// </summary>
    [Range(1, 1000)] public int SentenceEvidenceWords { get; init; } = 20;

    /// <summary>How sure the reading of one sentence must be for it to decide a letter the whole reading could not place.</summary>
    [Range(0.0, 1.0)] public double SentenceEvidenceThreshold { get; init; } = 0.8;
}
