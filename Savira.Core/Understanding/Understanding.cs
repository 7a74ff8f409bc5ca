namespace Savira.Core.Understanding;

/// <summary>What the matcher made of a message: the intent, how sure it is (0..1), and entities by name.</summary>
public sealed record MessageUnderstanding(Intent Intent, double Confidence)
{
    public IReadOnlyDictionary<string, string> Entities { get; init; } = new Dictionary<string, string>();
}
