using System.Text;
using static Savira.Core.Services.Emergency.EmergencyNumbers;

namespace Savira.Core.Services.Emergency;

/// <summary>
/// The emergency reply: whom to call first (112, then the numbers the kind needs), then what to do now for at
/// most two kinds, then what to tell the operator; a message that names no kind gets the numbers of the city.
/// </summary>
public static class EmergencyReply
{
    /// <summary>More would bury the first steps; the place's danger and the person's first aid are the two that matter.</summary>
    const int MaxKinds = 2;

    public const string CallNow = $"🚨 *Telepon {CommandCenter} sekarang* — Call Center Kota Semarang, gratis, 24 jam, bisa tanpa pulsa.";

    const string TellTheOperator = $"Saat menelepon, sebutkan lokasi atau patokannya, apa yang terjadi dan berapa korbannya. Ikuti arahan petugas {CommandCenter}.";
    const string Afterwards = "Setelah keadaan aman, saya siap membantu lagi di sini 🙏";

    public static string For(IReadOnlyList<EmergencyKind> kinds)
    {
        var advice = kinds.Take(MaxKinds).Select(EmergencyAdvice.For).ToList();
        var text = new StringBuilder().AppendLine(CallNow);
        if (advice.Count == 0)
            return AppendNumbers(text).ToString();

        foreach (var call in advice.Select(item => item.Call).Distinct())
            text.AppendLine(call);
        foreach (var item in advice)
        {
            text.AppendLine().Append('*').Append(item.Title).AppendLine(":*");
            for (var i = 0; i < item.Steps.Count; i++)
                text.Append(i + 1).Append(". ").AppendLine(item.Steps[i]);
        }
        return text.AppendLine().AppendLine(TellTheOperator).AppendLine().Append(Afterwards).ToString();
    }

    static StringBuilder AppendNumbers(StringBuilder text) => text
        .AppendLine()
        .AppendLine("*Nomor darurat di Kota Semarang:*")
        .AppendLine($"• *{CommandCenter}* — satu nomor untuk ambulans, damkar, polisi, SAR dan bencana")
        .AppendLine($"• *{Police}* — polisi")
        .AppendLine($"• *{FireBrigade}* — pemadam kebakaran (damkar)")
        .AppendLine($"• *{SearchAndRescue}* — Basarnas, pencarian dan pertolongan")
        .AppendLine($"• *{Bpbd}* / WA *{BpbdWhatsApp}* — BPBD Kota Semarang, bencana")
        .AppendLine($"• *{Pln}* — PLN, kabel putus atau trafo meledak")
        .AppendLine($"• *{Sapa}* / WA *{SapaWhatsApp}* — SAPA, kekerasan pada perempuan dan anak")
        .AppendLine()
        .AppendLine($"Sedang terjadi sesuatu? Telepon {CommandCenter} dulu, lalu ceritakan singkat di sini apa yang terjadi (misalnya *ada yang pingsan*, *kebakaran*, *kecelakaan*) agar saya bisa memberi langkah pertolongan pertama.")
        .AppendLine()
        .Append(Afterwards);
}
