namespace Savira.Core.Services.Faq;

/// <summary>Where an entry stands for citizens; whether it also has unpublished changes is <see cref="FaqEntry.Draft"/>.</summary>
public enum FaqState
{
    /// <summary>Answers citizens now.</summary>
    Published,
    /// <summary>Never published: only operators see it.</summary>
    Draft,
    /// <summary>Published, but its start time has not come yet.</summary>
    Scheduled,
    /// <summary>Published, but its end time has passed.</summary>
    Ended,
    /// <summary>Deactivated: kept for the record, never answered.</summary>
    Inactive,
}
