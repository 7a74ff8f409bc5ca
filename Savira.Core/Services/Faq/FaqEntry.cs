using System.Text.Json.Serialization;

namespace Savira.Core.Services.Faq;

/// <summary>
/// One question of the knowledge base as citizens are answered from it: the content of its latest published
/// version, and the unpublished changes operators are working on (<see cref="Draft"/>).
/// </summary>
public sealed record FaqEntry
{
    public required long Id { get; init; }
    public required string Intent { get; init; } // an intent id of shared/intents.md
    public required string Question { get; init; }
    public required string Answer { get; init; }
    public IReadOnlyList<string> Examples { get; init; } = [];
    public bool Active { get; init; } = true;
    /// <summary>Where the facts in the answer come from (an office, a regulation, a page), for operators to re-check.</summary>
    public string Source { get; init; } = "";
    /// <summary>The day someone last checked the facts against <see cref="Source"/>.</summary>
    public DateOnly? CheckedOn { get; init; }
    /// <summary>Before this moment the entry does not answer yet (e.g. Ramadan service hours).</summary>
    public DateTimeOffset? StartsAt { get; init; }
    /// <summary>From this moment on the entry no longer answers.</summary>
    public DateTimeOffset? EndsAt { get; init; }
    /// <summary>The number of the version citizens are answered from; 0 while the entry was never published.</summary>
    public int PublishedVersion { get; init; }
    /// <summary>Changes with every save, publish, rollback or deactivation: a form carries it to detect a stale edit.</summary>
    public long EditVersion { get; init; } = 1;
    /// <summary>The unpublished changes, or null when what is published is all there is.</summary>
    public FaqDraft? Draft { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Whether a citizen asking at <paramref name="now"/> may be answered from this entry.</summary>
    public bool AnswersAt(DateTimeOffset now) =>
        Active && PublishedVersion > 0 && (StartsAt is not { } start || now >= start) && (EndsAt is not { } end || now < end);

    /// <summary>The content as published; meaningless while <see cref="PublishedVersion"/> is 0.</summary>
    [JsonIgnore]
    public FaqContent Published => new(Intent, Question, Answer, Examples) { Source = Source, CheckedOn = CheckedOn, StartsAt = StartsAt, EndsAt = EndsAt };

    /// <summary>What an editor opens: the draft when there is one, else what is published.</summary>
    [JsonIgnore]
    public FaqContent Editing => Draft?.Content ?? Published;

    public FaqState State(DateTimeOffset now) =>
        !Active ? FaqState.Inactive
        : PublishedVersion == 0 ? FaqState.Draft
        : EndsAt is { } end && now >= end ? FaqState.Ended
        : StartsAt is { } start && now < start ? FaqState.Scheduled
        : FaqState.Published;
}
