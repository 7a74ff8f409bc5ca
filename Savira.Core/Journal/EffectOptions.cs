namespace Savira.Core.Journal;

/// <summary>Section "Savira:Effects".</summary>
public sealed class EffectOptions
{
    public const string Section = "Savira:Effects";

    /// <summary>What the host writes to standard error when it pauses after an effect.</summary>
    public const string PausedLine = "savira: paused after a committed effect (Savira:Effects:PauseAfterEffect)";

    /// <summary>
    /// For crash tests only: after an effect commits, the request waits forever instead of committing its reply,
    /// so a test can kill the process exactly between the two. Never set it on a host that serves citizens.
    /// </summary>
    public bool PauseAfterEffect { get; init; }
}
