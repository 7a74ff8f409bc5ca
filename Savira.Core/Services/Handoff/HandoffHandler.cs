using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Handoff;

/// <summary>
/// The citizen wants a human. An explicit request ("bicara dengan petugas") is recorded with the service the
/// conversation was about; the citizen learns when an officer will answer, and that Savira keeps helping meanwhile
/// (the bot never goes silent for a request nobody has claimed). Asked again while waiting, the citizen hears that the
/// request stands. A complaint or an insult is no such request: it gets a respectful answer, the complaint channels
/// from the knowledge base, and an officer on offer.
/// </summary>
public sealed partial class HandoffHandler(IHandoffDesk desk, IOptionsMonitor<HandoffOptions> options, KnowledgeBase knowledge) : IServiceHandler
{
    public Intent Intent => Intent.Handoff;

    public async ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        // Waiting already, "pak tolong dibalas" or "kok lama" is about that request: it stands, and the officer reads this too.
        if (desk.Active(turn.Message.Sender, turn.Message.MessageId) is { } waiting)
            return HandlerResult.Say(HandoffTexts.AlreadyWaiting(settings, waiting.RequestedAt, turn.Now));
        var text = turn.Message.Text;
        // "dilayani kasar, judes semua orangnya" names people but asks for none: a complaint unless a wish is said.
        var asks = AsksForAPerson().IsMatch(text) && (!ToneReader.Read(text).ComplainsOfStaff || Wish().IsMatch(text));
        if (!asks)
            return Insult().IsMatch(text) ? Insulted() : Complaint(turn);

        // The service named in the request itself ("petugas soal pbb") comes first, then what the conversation was about.
        var named = turn.Understanding.Domains.Where(domain => domain.IsService() && domain is not (Intent.Handoff or Intent.Emergency)).ToList();
        var service = named.Count == 1 ? named[0].ToId()
            : turn.Session.Topic?.Intent is { } topic && topic.IsService() && topic is not (Intent.Handoff or Intent.Emergency) ? topic.ToId()
            : "umum";
        await desk.OpenAsync(turn.Message, service, turn.Effects.Next(), cancellationToken).ConfigureAwait(false);
        return HandlerResult.Say(HandoffTexts.Opened(settings, turn.Now));
    }

    /// <summary>Frustration aimed at the bot: an apology, what it can do, and a person on offer; no handoff by itself.</summary>
    static HandlerResult Insulted() => HandlerResult.Say(
        "Mohon maaf bila jawaban Savira belum membantu 🙏 Coba tuliskan keperluan Anda dengan kalimat lain, atau ketik *menu* untuk melihat layanan.\n\n" +
        "Bila ingin dibantu langsung oleh petugas, balas *bicara dengan petugas*. Keluhan tentang layanan bisa disampaikan lewat *Lapor Semar* (laporsemar.semarangkota.go.id).");

    /// <summary>A complaint about a service or its staff: where to file it, and a person if the citizen wants one.</summary>
    HandlerResult Complaint(Turn turn)
    {
        const string offer = "Bila ingin dibantu langsung oleh petugas, balas *bicara dengan petugas*.";
        return knowledge.Find(turn, Intent) is { } channels
            ? KnowledgeBase.Answer(channels.Entry, offer)
            : HandlerResult.Say("Terima kasih sudah menyampaikannya 🙏 Keluhan tentang layanan Pemkot Semarang bisa disampaikan lewat *Lapor Semar* (laporsemar.semarangkota.go.id) atau *lapor.go.id*.\n\n" + offer);
    }

    /// <summary>"bicara/ngobrol/chat dengan petugas", "sambungkan ke admin", "minta petugas", "cs aja", "operator".</summary>
    [GeneratedRegex(@"\b(bicara|berbicara|ngomong|ngobrol|chat|chatting|telp|telepon|hubungkan|hubungi|sambungkan|sambungin|sambungke|disambungkan|disambung|dihubungkan|alihkan|dialihkan|dilayani|dibantu|ketemu|oper)\b.{0,30}\b(petugas|admin|operator|orang|manusia|cs|customer\s+service|pegawai|staf|staff|agen|mimin|humas)(nya)?\b|\b(minta|mau|butuh|pengen|ingin|perlu)\s+(petugas|admin|operator|orang\s+(asli|beneran|sungguhan)|manusia|cs|customer\s+service)\b|\b(petugas|admin|operator|cs|manusia)\s+(aja|saja|dong|tolong|please|pls)\b|^\s*(petugas|admin|operator|cs)\s*[.!?]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForAPerson();

    [GeneratedRegex(@"\b(mau|minta|ingin|pengen|pingin|tolong|bisa|butuh|perlu|boleh)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Wish();

    /// <summary>Words of frustration at the bot itself: "bot goblok", "gak guna", "payah", "bodoh".</summary>
    [GeneratedRegex(@"\b(goblok|goblog|bodoh|bego|tolol|payah|ga\s*guna|gak\s*guna|nggak\s*guna|tidak\s*berguna|gak\s*becus|gak\s*mutu|jelek|parah|sampah|lemot)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Insult();
}
