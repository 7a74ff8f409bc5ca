using System.Collections.ObjectModel;
using Savira.Core.Understanding.Classification;

namespace Savira.Core.Understanding;

/// <summary>What the matcher made of a message: the intent, how sure it is (0..1), and entities by name.</summary>
public sealed record MessageUnderstanding(Intent Intent, double Confidence)
{
    public IReadOnlyDictionary<string, string> Entities { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Whether the intent can be acted on, was too unsure (the fallback), or is a close call between two.</summary>
    public MatchOutcome Outcome { get; init; } = MatchOutcome.Confident;

    /// <summary>The intents the classifier considered, best first (empty when the matcher does not rank).</summary>
    public IReadOnlyList<IntentScore> Ranking { get; init; } = [];

    /// <summary>The words the model read: normalised (lexicon, typos corrected), entities taken out; empty when no model read the text.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
}
