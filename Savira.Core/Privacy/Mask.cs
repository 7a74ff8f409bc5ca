using System.Text.RegularExpressions;

namespace Savira.Core.Privacy;

/// <summary>Shortens personal data for logs and replies where the full value isn't needed.</summary>
public static partial class Mask
{
    /// <summary>"whatsapp:+6281234567890" → "whatsapp:+62812*****890"; short values keep less.</summary>
    public static string Phone(string address)
    {
        var prefixEnd = address.IndexOf(':', StringComparison.Ordinal) + 1;
        var number = address[prefixEnd..];
        var keepStart = Math.Min(6, number.Length / 3);
        var keepEnd = Math.Min(3, number.Length / 4);
        return address[..prefixEnd] + number[..keepStart]
            + new string('*', number.Length - keepStart - keepEnd) + number[(number.Length - keepEnd)..];
    }

    /// <summary>
    /// A citizen's free text with what identifies a person hidden (for what is kept about questions, where nobody
    /// needs the number itself; an officer's handoff view keeps dotted NOPs readable to serve the citizen): an e-mail address keeps its first letter and its
    /// domain ("b***@mail.com"); a long number (NIK, NOP, a phone number, an account), also written with dots, dashes
    /// or spaces between its groups, keeps only its last four digits.
    /// </summary>
    public static string Text(string text)
    {
        var masked = Email().Replace(text, match => match.Groups["first"].Value + "***@" + match.Groups["domain"].Value);
        return LongNumber().Replace(masked, match =>
        {
            var digits = match.Value.Count(char.IsAsciiDigit);
            if (digits < MinDigits)
                return match.Value;
            var kept = 0;
            var chars = match.Value.ToCharArray();
            for (var i = chars.Length - 1; i >= 0; i--)
            {
                if (!char.IsAsciiDigit(chars[i]))
                    continue;
                if (++kept > 4)
                    chars[i] = '*';
            }
            return new string(chars);
        });
    }

    /// <summary>Fewer digits are a count, an hour, a year or a ticket's day: nothing that points at a person.</summary>
    const int MinDigits = 10;

    [GeneratedRegex(@"\+?\d(?:[\d.\-]|\s(?=\d))*\d")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"(?<first>[\p{L}\p{N}])[\p{L}\p{N}._%+\-]*@(?<domain>[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)")]
    private static partial Regex Email();
}
