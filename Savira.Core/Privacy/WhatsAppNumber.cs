namespace Savira.Core.Privacy;

/// <summary>A WhatsApp number as an operator types it, read into the sender address Twilio gives ("whatsapp:+62…").</summary>
public static class WhatsAppNumber
{
    /// <summary>
    /// "+62 812-3456-7890", "6281234567890", "081234567890" (an Indonesian number written locally) and
    /// "whatsapp:+6281234567890" all give "whatsapp:+6281234567890"; null when it is not a phone number.
    /// </summary>
    public static string? ToSender(string typed)
    {
        var text = typed.Trim();
        if (text.StartsWith("whatsapp:", StringComparison.OrdinalIgnoreCase))
            text = text["whatsapp:".Length..];
        var digits = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
                digits.Append(c);
            else if (!(c is ' ' or '-' or '.' or '(' or ')' || (c == '+' && i == 0)))
                return null;
        }
        var number = digits.ToString();
        if (!text.StartsWith('+') && number.StartsWith('0'))
            number = "62" + number[1..];
        // E.164: a country code that does not start with 0, at most 15 digits.
        return number.Length is >= 8 and <= 15 && number[0] != '0' ? "whatsapp:+" + number : null;
    }
}
