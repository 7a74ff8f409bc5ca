using Savira.Core.Understanding;

namespace Savira.Core.Dialogue;

/// <summary>A message the assistant could not serve, recorded with it for operators (table unanswered_messages).</summary>
public sealed record Unanswered(string Reason, Intent? BestGuess, double Confidence)
{
    public const string LowConfidence = "low_confidence";
    public const string OutOfScope = "out_of_scope";
    public const string Clarification = "clarification";
    public const string WrongAnswer = "wrong_answer";

    /// <summary>The question it is about when that is not the message itself: after "bukan itu", the question answered wrongly.</summary>
    public string? Question { get; init; }
}
