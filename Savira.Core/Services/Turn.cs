using Savira.Core.Dialogue;
using Savira.Core.Inbound;
using Savira.Core.Understanding;

namespace Savira.Core.Services;

/// <summary>Everything a handler may look at to answer one message.</summary>
public sealed record Turn
{
    public required IncomingMessage Message { get; init; }
    public required MessageUnderstanding Understanding { get; init; }
    public required Session Session { get; init; }
    public DateTimeOffset Now => Message.ReceivedAt;
}
