namespace Savira.Core.Understanding;

public interface IIntentMatcher
{
    MessageUnderstanding Match(string text);

    /// <summary>The reading of <paramref name="text"/> with <paramref name="excluded"/> left out of the ranking: what else it could be.</summary>
    MessageUnderstanding Match(string text, Intent excluded);
}
