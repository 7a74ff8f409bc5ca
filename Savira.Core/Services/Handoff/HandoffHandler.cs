using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Handoff;

/// <summary>
/// The citizen wants a human. An explicit request ("bicara dengan petugas") is recorded (the conversation so far
/// is already journaled), the citizen learns when officers answer, and the bot stays silent until released or
/// timed out. A complaint or an insult is no such request: it gets a respectful answer, the complaint channels
/// from the knowledge base, and an officer on offer.
/// </summary>
public sealed partial class HandoffHandler(IHandoffDesk desk, IOptionsMonitor<HandoffOptions> options, KnowledgeBase knowledge) : IServiceHandler
{
    public Intent Intent => Intent.Handoff;

    public async ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!AsksForAPerson().IsMatch(turn.Message.Text))
            return Complaint(turn);

        var settings = options.CurrentValue;
        var request = await desk.OpenAsync(turn.Message, turn.Effects.Next(), cancellationToken).ConfigureAwait(false);
        var when = OfficeHours.IsOpen(settings, turn.Now)
            ? "Petugas kami akan segera membalas di percakapan ini."
            : $"Saat ini di luar jam layanan petugas ({OfficeHours.Describe(settings)}). Pesan Anda akan dibalas mulai *{IndonesianFormat.DateTime(OfficeHours.NextOpening(settings, turn.Now))}*.";
        return HandlerResult.Say(
            $"""
            👩‍💼 Baik, permintaan Anda untuk berbicara dengan petugas sudah kami teruskan.
            {when}

            Selama menunggu, Savira tidak membalas otomatis; silakan tuliskan keperluan Anda di sini. Bila belum ada petugas yang membalas, Savira kembali melayani mulai {IndonesianFormat.DateTime(request.ExpiresAt)}.
            Untuk keadaan darurat, hubungi *112*.
            """);
    }

    /// <summary>A complaint about a service or its staff: where to file it, and a person if the citizen wants one.</summary>
    HandlerResult Complaint(Turn turn)
    {
        const string offer = "Bila ingin dibantu langsung oleh petugas, balas *bicara dengan petugas*.";
        return knowledge.Find(turn, Intent) is { } channels
            ? KnowledgeBase.Answer(channels.Entry, offer)
            : HandlerResult.Say("Terima kasih sudah menyampaikannya 🙏 Keluhan tentang layanan Pemkot Semarang bisa disampaikan lewat *Lapor Semar* (laporsemar.semarangkota.go.id) atau *lapor.go.id*.\n\n" + offer);
    }

    /// <summary>"bicara/ngobrol/chat dengan petugas", "sambungkan ke admin", "minta petugas", "cs aja", "operator".</summary>
    [GeneratedRegex(@"\b(bicara|berbicara|ngomong|ngobrol|chat|chatting|telp|telepon|hubungkan|hubungi|sambungkan|sambungin|sambungke|disambungkan|disambung|dihubungkan|alihkan|dialihkan|dilayani|dibantu|ketemu|oper)\b.{0,30}\b(petugas|admin|operator|orang|manusia|cs|customer\s+service|pegawai|staf|staff|agen|mimin|humas)\b|\b(minta|mau|butuh|pengen|ingin|perlu)\s+(petugas|admin|operator|orang\s+(asli|beneran|sungguhan)|manusia|cs|customer\s+service)\b|\b(petugas|admin|operator|cs|manusia)\s+(aja|saja|dong|tolong|please|pls)\b|^\s*(petugas|admin|operator|cs)\s*[.!?]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForAPerson();
}
