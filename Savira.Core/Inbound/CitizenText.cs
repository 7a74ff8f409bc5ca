using System.Buffers;
using System.Text;

namespace Savira.Core.Inbound;

/// <summary>
/// What is kept of a text a citizen sent, on every channel, before anything reads or stores it: control characters
/// (NUL included, but not tab and line breaks) and Unicode noncharacters (U+FFFE, U+FDD0…) become a space, and a lone
/// surrogate becomes U+FFFD, as SQLite would store it. So the message is never refused for them, every step of the
/// engine reads well-formed text, and the journal keeps exactly what was understood.
/// </summary>
public static class CitizenText
{
    /// <summary>Characters that may need a change: C0 and C1 controls, DEL, U+FDD0–U+FDEF, U+FFFE/U+FFFF and every surrogate.</summary>
    static readonly SearchValues<char> Suspect = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(code => code is not ('\t' or '\n' or '\r')).Select(code => (char)code))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(code => (char)code))
        + string.Concat(Enumerable.Range(0xFDD0, 0x20).Select(code => (char)code))
        + string.Concat(Enumerable.Range(0xD800, 0x800).Select(code => (char)code))
        + "\uFFFE\uFFFF");

    public static string Clean(string text)
    {
        var first = FirstChange(text);
        if (first < 0)
            return text; // the usual message, emoji included: nothing to change, nothing allocated

        var cleaned = new StringBuilder(text.Length).Append(text, 0, first);
        var rest = text.AsSpan(first);
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done)
                cleaned.Append('\uFFFD'); // a lone surrogate; an emoji's pair decodes as one rune
            else if (IsRemoved(rune))
                cleaned.Append(' ');
            else
                cleaned.Append(rest[..consumed]);
            rest = rest[consumed..];
        }
        return cleaned.ToString();
    }

    /// <summary>Where the first character to change is, or -1.</summary>
    static int FirstChange(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var next = text[offset..].IndexOfAny(Suspect);
            if (next < 0)
                return -1;
            offset += next;
            if (Rune.DecodeFromUtf16(text[offset..], out var rune, out var consumed) != OperationStatus.Done || IsRemoved(rune))
                return offset;
            offset += consumed;
        }
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    static bool IsRemoved(Rune rune) =>
        rune.Value is (< 0x20 and not ('\t' or '\n' or '\r')) or (>= 0x7F and <= 0x9F) or (>= 0xFDD0 and <= 0xFDEF)
        || (rune.Value & 0xFFFE) == 0xFFFE; // U+FFFE and U+FFFF of every plane
}
