using System.Text.RegularExpressions;

namespace Savira.Core.Understanding;

/// <summary>How a message is said, beside what it asks: a salam to return, and grief, anger or worry to acknowledge.</summary>
public sealed record Tone(bool Salam, Feeling Feeling)
{
    public static Tone Neutral { get; } = new(false, Feeling.None);

    /// <summary>The message complains of how staff treated the citizen ("petugasnya judes", "dipersulit", "pungli").</summary>
    public bool ComplainsOfStaff { get; init; }
}

public enum Feeling
{
    None,
    Worried,
    Angry,
    Grieving,
}

/// <summary>Reads the <see cref="Tone"/> of a message from its raw text (capitals and "!!!" carry anger the normalised words lose).</summary>
public static partial class ToneReader
{
    public static Tone Read(string text)
    {
        var feeling = Grief().IsMatch(text) ? Feeling.Grieving
            : IsAngry(text) ? Feeling.Angry
            : Worry().IsMatch(text) ? Feeling.Worried
            : Feeling.None;
        var salam = Salam().IsMatch(text);
        var ofStaff = StaffConduct().IsMatch(text);
        return salam || feeling != Feeling.None || ofStaff ? new Tone(salam, feeling) { ComplainsOfStaff = ofStaff } : Tone.Neutral;
    }

    static bool IsAngry(string text)
    {
        if (Anger().IsMatch(text) || text.Contains("!!", StringComparison.Ordinal))
            return true;
        int letters = 0, capitals = 0;
        foreach (var character in text)
        {
            if (!char.IsLetter(character))
                continue;
            letters++;
            if (char.IsUpper(character))
                capitals++;
        }
        return letters >= 12 && capitals >= 0.7 * letters; // a message shouted in capitals
    }

    [GeneratedRegex(@"\b(as+alam+u\W?\s*'?alaik\w*|as+alamualaik\w*|aslm|askum|samlekom|ass\s+wr\s*wb|assalam)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Salam();

    [GeneratedRegex(@"\b(meninggal|wafat|berpulang|tutup\s+usia|telah\s+tiada|seda|sedo|innalillahi|inna\s+lillahi|almarhum\w*|alm\.|kepergian|berduka)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Grief();

    [GeneratedRegex(@"\b(goblok|gblk|bodoh|bego|tolol|ga\s*guna|gak\s*guna|gk\s*guna|nggak\s*guna|tidak\s*berguna|payah|parah|kecewa|kesal|kesel|jengkel|sebel|lelet|lemot|muter\s*-?\s*(muter|2)|mbulet|ribet\s+banget|kerjanya\s+apa|ngapain\s+aja|gak\s+becus|ga\s+becus|nggak\s+becus|tidak\s+becus|keterlaluan|mana\s+tanggung\s+jawab\w*|capek\s+deh|(udah|udh|sudah|sdh)\s+\d+\s*x|berkali\s*-?\s*kali|gak\s+ada\s+yg\s+benerin|tidak\s+ada\s+yang\s+memperbaiki|jutek|judes|kasar|sombong|pungli)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anger();

    /// <summary>How staff behaved, not what the service did: rude, dismissive, asking for money, passing the citizen around.</summary>
    [GeneratedRegex(@"\b(jutek|judes|ketus|galak|kasar|sombong|sinis|membentak|dibentak|bentak\w*|dimarahi|marah\s*-?\s*marah|dicuekin|dicuekkan|cuek|tidak\s+ramah|gak\s+ramah|ga\s+ramah|nggak\s+ramah|kurang\s+ramah|tidak\s+sopan|gak\s+sopan|kurang\s+sopan|dipersulit|mempersulit|dilempar\s*-?\s*(lempar|2)|pungli|pungutan\s+liar|minta\s+uang\s+pelicin|uang\s+pelicin|diminta\s+bayar|calo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StaffConduct();

    [GeneratedRegex(@"\b(khawatir|kuatir|cemas|takut|bingung|panik|gelisah|was\s*-?\s*was|bingung\s+banget)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Worry();
}
