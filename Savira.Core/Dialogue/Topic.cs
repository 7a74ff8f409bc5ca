using Savira.Core.Understanding;

namespace Savira.Core.Dialogue;

/// <summary>
/// What the conversation was last about, kept for the session's idle time: the service, the knowledge entry
/// that answered (if one did), and the citizen's words that opened it, which give a short follow-up
/// ("biayanya berapa?") its context.
/// </summary>
public sealed record Topic
{
    public required Intent Intent { get; init; }
    public long? EntryId { get; init; }
    public required string Text { get; init; }
}
