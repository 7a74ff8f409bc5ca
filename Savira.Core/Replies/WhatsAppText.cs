using System.Globalization;
using System.Text;

namespace Savira.Core.Replies;

/// <summary>Splits a reply into messages WhatsApp accepts: at most 1,600 characters each, cut at line ends.</summary>
public static class WhatsAppText
{
    public const int MaxMessageLength = 1600;

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length <= maxLength)
            return [text];

        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            foreach (var piece in LinePieces(line, maxLength))
            {
                var needed = current.Length == 0 ? piece.Length : current.Length + 1 + piece.Length;
                if (needed > maxLength)
                {
                    Flush(messages, current);
                }
                if (current.Length > 0)
                    current.Append('\n');
                current.Append(piece);
            }
        }
        Flush(messages, current);
        return messages;
    }

    static void Flush(List<string> messages, StringBuilder current)
    {
        var message = current.ToString().Trim('\n');
        if (message.Length > 0)
            messages.Add(message);
        current.Clear();
    }

    /// <summary>
    /// A line longer than a whole message is cut at spaces, and a word longer than that between two of its
    /// text elements (user-perceived characters: an emoji with its modifiers and joiners, a letter with its marks),
    /// so no surrogate pair and no grapheme cluster is ever cut. Only a single element longer than a whole message
    /// is cut inside, and then between code points.
    /// </summary>
    static IEnumerable<string> LinePieces(string line, int maxLength)
    {
        while (line.Length > maxLength)
        {
            var cut = Cut(line, maxLength);
            yield return line[..cut].TrimEnd(' ');
            line = line[cut..];
            while (line.Length > 0 && line[0] == ' ' && StringInfo.GetNextTextElementLength(line) == 1)
                line = line[1..];
        }
        yield return line;
    }

    /// <summary>Where to end the next piece: after the last space that fits, or else after the last whole text element.</summary>
    static int Cut(string line, int maxLength)
    {
        int lastSpace = -1, lastElementEnd = 0;
        for (var index = 0; index < line.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(line, index);
            if (index + length > maxLength)
                break;
            if (length == 1 && line[index] == ' ' && index > 0)
                lastSpace = index;
            index += length;
            lastElementEnd = index;
        }
        if (lastSpace > 0)
            return lastSpace;
        if (lastElementEnd > 0)
            return lastElementEnd;
        // One text element longer than a message (thousands of combining marks): cut between code points.
        return char.IsLowSurrogate(line[maxLength]) && char.IsHighSurrogate(line[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
