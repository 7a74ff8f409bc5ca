using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Savira.Core.Replies;

namespace Savira.Bot.Operators.Knowledge;

/// <summary>
/// An answer as a citizen's WhatsApp shows it, in HTML: cut into messages where <see cref="WhatsAppText"/> cuts a
/// reply, <c>*bold*</c>, <c>_italic_</c> and <c>~strike~</c> applied, line breaks kept.
/// </summary>
public static partial class WhatsAppPreview
{
    public static string Html(string? answer)
    {
        var text = (answer ?? "").Trim();
        if (text.Length == 0)
            return "<p class=\"hint\">Tulis jawabannya untuk melihat pratinjau.</p>";
        var messages = WhatsAppText.Split(text);
        var html = new StringBuilder();
        if (messages.Count > 1)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">Jawaban ini lebih dari {WhatsAppText.MaxMessageLength:N0} karakter, jadi WhatsApp menerimanya sebagai {messages.Count} pesan.</p>");
        for (var i = 0; i < messages.Count; i++)
        {
            if (i > 0)
                html.Append("<p class=\"cut\">✂ Dipotong di sini: pesan berikutnya dimulai</p>");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"bubble\"><p class=\"hint\">Pesan {i + 1} dari {messages.Count} · {messages[i].Length:N0} karakter</p><p>{Format(messages[i])}</p></div>");
        }
        return html.ToString();
    }

    /// <summary>One message's text as WhatsApp formats it.</summary>
    public static string Format(string message)
    {
        var html = WebUtility.HtmlEncode(message);
        html = Bold().Replace(html, "<strong>$1</strong>");
        html = Italic().Replace(html, "<em>$1</em>");
        html = Strike().Replace(html, "<s>$1</s>");
        return html.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
    }

    // A marker opens before a non-space and closes after one, on one line, not inside a word (as WhatsApp does).
    [GeneratedRegex(@"(?<![\w*])\*(?=[^\s*])([^\n*]*?[^\s*])\*(?![\w*])")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\w_])_(?=[^\s_])([^\n_]*?[^\s_])_(?![\w_])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"(?<![\w~])~(?=[^\s~])([^\n~]*?[^\s~])~(?![\w~])")]
    private static partial Regex Strike();
}
