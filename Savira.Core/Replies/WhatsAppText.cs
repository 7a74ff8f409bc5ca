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

    /// <summary>A line longer than a whole message is cut at spaces, and a word longer than that, anywhere.</summary>
    static IEnumerable<string> LinePieces(string line, int maxLength)
    {
        while (line.Length > maxLength)
        {
            var cut = line.LastIndexOf(' ', maxLength - 1, maxLength);
            if (cut <= 0)
                cut = maxLength;
            yield return line[..cut].TrimEnd();
            line = line[cut..].TrimStart();
        }
        yield return line;
    }
}
