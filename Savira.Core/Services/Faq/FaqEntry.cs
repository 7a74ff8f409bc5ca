namespace Savira.Core.Services.Faq;

/// <summary>One question of the knowledge base, its answer, and other ways citizens ask it.</summary>
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
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>What an operator writes: a new entry, or the new content of an existing one.</summary>
public sealed record FaqContent(string Intent, string Question, string Answer, IReadOnlyList<string> Examples, bool Active)
{
    public string Source { get; init; } = "";
    public DateOnly? CheckedOn { get; init; }
}
