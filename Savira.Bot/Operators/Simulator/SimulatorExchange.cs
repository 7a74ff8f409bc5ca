namespace Savira.Bot.Operators.Simulator;

/// <summary>
/// One message sent in the simulator and what the engine made of it: the replies, the intent and how sure it was, the
/// entities the matcher read in the message, and the knowledge entry that answered (its question, when it did).
/// </summary>
public sealed record SimulatorExchange(
    string Text,
    IReadOnlyList<string> Replies,
    string? Intent,
    double? Confidence,
    string? Handler,
    IReadOnlyDictionary<string, string> Entities,
    long? EntryId,
    string? EntryQuestion);
