using Savira.Core.Understanding;

namespace Savira.Core.Replies;

/// <summary>
/// What the assistant answers to one message: the texts to send in order (each within WhatsApp's limit),
/// and which intent and handler produced them, for the message log.
/// </summary>
public sealed record Reply
{
    public required IReadOnlyList<string> Messages { get; init; }
    public Intent? Intent { get; init; }
    public string? Handler { get; init; }

    /// <summary>The knowledge entry the answer came from, if one did: kept in the journal for the reports, shown by the simulator.</summary>
    public long? AnsweredEntry { get; init; }
}
