namespace Savira.Core.Understanding.Entities;

/// <summary>
/// Whether a text holds a character that the entity patterns' <c>\d</c> can match (any Unicode decimal digit):
/// every code and number the extractor looks for is written with digits, and most messages have none.
/// </summary>
internal static class WrittenDigits
{
    public static bool AnyIn(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
                return true;
        }
        return false;
    }
}
