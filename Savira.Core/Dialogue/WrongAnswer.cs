using System.Text.RegularExpressions;

namespace Savira.Core.Dialogue;

/// <summary>
/// A citizen telling the bot its last answer missed: "bukan itu", "salah", "bukan itu maksud saya", "jawabannya salah",
/// "ga nyambung". Only the whole message counts; "salah" inside a longer message is something else.
/// </summary>
public static partial class WrongAnswer
{
    public static bool IsSaid(string text) => Complaint().IsMatch(text.Trim());

    [GeneratedRegex(@"^(((min|kak|pak|bu)\s*,?\s*)?(bukan|bkn|bukan\s+itu|bkn\s+itu|salah|slh|jawaban(nya)?\s+salah|jawaban(nya)?\s+(tidak|ga|gak|nggak|kurang)\s+(sesuai|tepat|nyambung)|salah\s+jawab|(tidak|ga|gak|nggak|gk)\s+nyambung)(\s+(itu|min|kak|jawabannya|ya))?(\s+(maksud|yang)\s+(saya|sy|aku|ku)(\s+maksud)?|\s+maksudku|\s+maksudnya)?)\s*[.!?🙏]*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Complaint();
}
