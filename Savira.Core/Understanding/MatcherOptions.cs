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

    /// <summary>The matcher's own PDAM number length, removed: it reads <c>Savira:Pdam:CustomerNumberLength</c> like the PDAM service.</summary>
    internal const string RemovedPdamCustomerNumberLength = Section + ":PdamCustomerNumberLength";
}
