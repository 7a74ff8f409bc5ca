using Savira.Core.Dialogue;
using Savira.Core.Inbound;
using Savira.Core.Understanding;

namespace Savira.Core.Services;

/// <summary>Everything a handler may look at to answer one message.</summary>
public sealed record Turn
{
    public required IncomingMessage Message { get; init; }
    /// <summary>The matcher's reading of a first message; for an answer to a pending question, the dialogue's own intent.</summary>
    public required MessageUnderstanding Understanding { get; init; }
    public required Session Session { get; init; }
    public DateTimeOffset Now => Message.ReceivedAt;
}
