using System.Text.RegularExpressions;

namespace Savira.Core.Dialogue;

/// <summary>
/// Words of small talk the matcher's intent alone doesn't tell apart: it reads "iya" and "ok" as thanks, which is right
/// after an answer but not in the middle of a question the bot asked.
/// </summary>
public static partial class SmallTalkWords
{
    /// <summary>"makasih", "terima kasih", "thx", "matur nuwun": an actual thank-you, not a bare "iya"/"ok"/"siap".</summary>
    public static bool SaysThanks(string text) => Thanks().IsMatch(text);

    [GeneratedRegex(@"\b(ma+ka+si+h*|makasi|mksh|mks|trims|terima\s*kasih|terimakasih|trima\s*kasih|trimakasih|thanks?|thank\s+you|thx|tq|tengkyu|matur\s*(nuwun|suwun)|suwun|nuwun|hatur\s*nuhun|syukron|alhamdulillah)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thanks();
}
