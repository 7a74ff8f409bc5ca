namespace Savira.Core.Journal;

/// <summary>Which side effect of which message: the message's channel and id, and the effect's place among its effects.</summary>
public readonly record struct EffectKey(string Channel, string MessageId, int Sequence);
