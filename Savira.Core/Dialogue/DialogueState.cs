using Savira.Core.Understanding;

namespace Savira.Core.Dialogue;

/// <summary>
/// A dialogue waiting for the citizen's answer: which handler owns it, which question it asked,
/// what it has collected so far, and how many invalid answers it has had to that question.
/// </summary>
public sealed record DialogueState
{
    public required Intent Intent { get; init; }
    public required string Step { get; init; }
    public IReadOnlyDictionary<string, string> Slots { get; init; } = new Dictionary<string, string>();

    /// <summary>What a numbered list offered, in order (puskesmas codes, ticket ids, entry ids): answer "2" is the second.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The choice a listed number stands for, or null when the number is not on the list.</summary>
    public string? Choice(int number) => number >= 1 && number <= Choices.Count ? Choices[number - 1] : null;
    public int InvalidAnswers { get; init; }

    /// <summary>
    /// An offer ("balas *ya* untuk …") rather than a question the citizen must answer: a message that is no
    /// answer lets it lapse quietly and is taken as a new request.
    /// </summary>
    public bool IsOffer { get; init; }
}
