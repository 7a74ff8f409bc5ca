using Savira.Core.Understanding;

namespace Savira.Core.Dialogue;

/// <summary>A message the assistant could not serve, recorded with it for operators (table unanswered_messages).</summary>
public sealed record Unanswered(string Reason, Intent? BestGuess, double Confidence)
{
    public const string LowConfidence = "low_confidence";
    public const string OutOfScope = "out_of_scope";
}
