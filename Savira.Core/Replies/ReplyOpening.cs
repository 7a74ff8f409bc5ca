using Savira.Core.Understanding;

namespace Savira.Core.Replies;

/// <summary>The one line that comes before an answer: the salam returned, then a word of empathy for grief, anger or worry.</summary>
public static class ReplyOpening
{
    public static string? For(Tone tone)
    {
        var empathy = tone.Feeling switch
        {
            Feeling.Grieving => "Turut berduka cita yang sedalam-dalamnya 🙏 Semoga keluarga yang ditinggalkan diberi ketabahan.",
            Feeling.Angry => "Mohon maaf atas ketidaknyamanan yang Anda alami 🙏 Saya bantu sebisa mungkin.",
            Feeling.Worried => "Tenang ya, saya bantu 🙏",
            _ => null,
        };
        var salam = tone.Salam ? "Wa'alaikumsalam warahmatullahi wabarakatuh 🙏" : null;
        return (salam, empathy) switch
        {
            (null, null) => null,
            ({ } s, null) => s,
            (null, { } e) => e,
            ({ } s, { } e) => s + "\n" + e,
        };
    }
}
