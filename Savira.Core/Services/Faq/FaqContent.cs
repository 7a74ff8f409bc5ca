namespace Savira.Core.Services.Faq;

/// <summary>What an operator writes for an entry: a draft, or one published version of it.</summary>
public sealed record FaqContent(string Intent, string Question, string Answer, IReadOnlyList<string> Examples)
{
    public string Source { get; init; } = "";
    public DateOnly? CheckedOn { get; init; }
    public DateTimeOffset? StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>Same content, value by value (the examples compared item by item).</summary>
    public bool SameAs(FaqContent other) =>
        Intent == other.Intent && Question == other.Question && Answer == other.Answer && Examples.SequenceEqual(other.Examples)
        && Source == other.Source && CheckedOn == other.CheckedOn && StartsAt == other.StartsAt && EndsAt == other.EndsAt;
}
