namespace Savira.Core.Understanding;

public enum MatchOutcome
{
    /// <summary>The intent is clear enough to act on.</summary>
    Confident,

    /// <summary>Nothing reached the confidence threshold: the intent is the fallback, <see cref="Intent.OutOfScope"/>.</summary>
    LowConfidence,

    /// <summary>The two best intents are too close to choose: the citizen should be asked which one was meant.</summary>
    CloseCall,
}
