namespace Savira.Core.Understanding;

public interface IIntentMatcher
{
    MessageUnderstanding Match(string text);
}
