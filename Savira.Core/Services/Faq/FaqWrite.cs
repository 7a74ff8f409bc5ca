namespace Savira.Core.Services.Faq;

/// <summary>What became of a change to an entry; <see cref="Entry"/> is the entry afterwards when it was <see cref="FaqOutcome.Done"/>.</summary>
public sealed record FaqWrite(FaqOutcome Outcome, FaqEntry? Entry = null);

public enum FaqOutcome
{
    Done,
    NotFound,
    /// <summary>The entry changed since the caller read it (its edit version is not the one the caller had); nothing was written.</summary>
    Stale,
    /// <summary>Publishing an entry that has no draft.</summary>
    NothingToPublish,
    /// <summary>Rolling back to a version the entry never had.</summary>
    NoSuchVersion,
}
