namespace Savira.Core.Evaluation;

/// <summary>
/// One case of a conversation suite (the format of shared/eval/CONVERSATIONS.md): the turns a citizen sends,
/// and the patterns the replies to the last turn must and must not match.
/// </summary>
public sealed record ConversationCase
{
    public required string Id { get; init; }
    public string Service { get; init; } = "";
    public string Probe { get; init; } = "";
    public required IReadOnlyList<string> Turns { get; init; }
    public IReadOnlyList<CasePattern> Expect { get; init; } = [];
    public IReadOnlyList<CasePattern> Forbid { get; init; } = [];
    public string Note { get; init; } = "";
}
