using System.Globalization;
using System.Text;
using Savira.Core.Dialogue;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Infrastruktur;

/// <summary>
/// Public-works reports: category → description → location (a WhatsApp pin or an address) → optional
/// photo → a ticket number; and the status of a report by its ticket number.
/// </summary>
public sealed partial class InfrastrukturHandler(IReportDesk desk, KnowledgeBase knowledge,
    Microsoft.Extensions.Options.IOptionsMonitor<ReportDeskOptions> options) : IServiceHandler
{
    const string AskCategory = "ask_category";
    const string AskDescription = "ask_description";
    const string AskLocation = "ask_location";
    const string AskPhoto = "ask_photo";
    const string AskTicket = "ask_ticket";

    const string CategorySlot = "category";
    const string DescriptionSlot = "description";
    const string AddressSlot = "address";
    const string LatitudeSlot = "latitude";
    const string LongitudeSlot = "longitude";
    const string PhotoSlot = "photo";
    const string TicketExample = "INF-2026-000001";

    static readonly string[] StatusWords = ["status", "cek laporan", "cek tiket", "lacak", "nomor tiket", "tiket", "perkembangan laporan", "laporan saya"];
    static readonly string[] SkipWords = ["lewati", "lewat", "skip", "tidak", "tidak ada", "ga ada", "gak ada", "nggak ada", "ngga ada", "gk ada", "tanpa foto", "lanjut", "no", "tidak usah", "ga usah", "gak usah"];

    public Intent Intent => Intent.Infrastruktur;

    public async ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var text = turn.Message.Text;
        if (turn.Understanding.Ticket is { IsQueueNumber: false } ticket)
            return Status(ticket.Code, turn.Message.Sender);
        if (turn.Context?.Ticket is { IsQueueNumber: false } earlier && turn.AsksAboutTheCase())
            return Status(earlier.Code, turn.Message.Sender); // "kapan selesainya?" after a report's status
        var padded = SimpleTextNormalizer.Padded(text);
        var category = ReportCategories.Find(padded);
        if (StatusWords.Any(word => padded.Contains($" {word} ", StringComparison.Ordinal)) && (category is null || padded.Contains(" status ", StringComparison.Ordinal)))
            return HandlerResult.Ask(new DialogueState { Intent = Intent, Step = AskTicket },
                $"Silakan kirim *nomor tiket* laporan Anda.\nContoh: {TicketExample}");
        // "mau lapor" starts a report; "lapor ke mana?", "berapa lama ditangani?" are questions for the knowledge base,
        // even when they name a kind of damage ("kalau lapor jalan rusak, berapa hari ditindaklanjuti?").
        var asksToReport = ReportVerb().IsMatch(text) && !Dialogue.MessageRequests.IsQuestion(text);
        if ((category is null && !asksToReport || ProcessQuestion().IsMatch(text)) && knowledge.Find(turn, Intent) is { } match)
            return KnowledgeBase.Answer(match.Entry,
                "Untuk melapor, tulis masalahnya, misalnya *jalan berlubang di Jl. Fatmawati depan SPBU*; saya bantu catat sampai dapat nomor tiket.");

        var slots = new Dictionary<string, string>();
        if (category is not null)
        {
            slots[CategorySlot] = category;
            if (SimpleTextNormalizer.Words(text).Count() >= 6)
                slots[DescriptionSlot] = text.Trim();
        }
        if (!TakeLocation(turn, slots, acceptText: false) && category is not null && AddressInText(text) is { } address)
            slots[AddressSlot] = address; // "lampu mati udah seminggu, jl. pandanaran 2": the place is already said
        TakePhoto(turn, slots);
        return await NextAsync(turn, slots, cancellationToken, firstMessage: true).ConfigureAwait(false);
    }

    /// <summary>
    /// The address in a report's first message, from its first plain address marker to the end ("… di Jl. Fatmawati
    /// depan SPBU" → "Jl. Fatmawati depan SPBU"). "jalan" alone is the damage ("jalan berlubang", "lampu jalan"), so it
    /// counts only after "di"/"daerah", "gang" only before a number ("gang jadi gelap"); "depan rumah" alone is no address.
    /// </summary>
    static string? AddressInText(string text)
    {
        var marker = AddressStart().Match(text);
        if (!marker.Success)
            return null;
        var kept = new List<string>();
        foreach (var word in text[marker.Groups["place"].Index..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.TrimEnd('.', ',', '!', '?', ';', ':').ToLowerInvariant();
            if (kept.Count > 0 && AddressEnds.Contains(bare))
                break; // "jl fatmawati gk ada yg benerin": the place ends where the story goes on
            kept.Add(word);
            var abbreviation = word.EndsWith('.') && AddressAbbreviations.Contains(bare);
            if (word.Length > bare.Length && !abbreviation)
                break; // a comma or a sentence's end
        }
        var address = string.Join(' ', kept).TrimEnd('.', '!', '?', ',', ';', ':', ' ');
        return SimpleTextNormalizer.Words(address).Count() >= 2 ? address : null;
    }

    static readonly HashSet<string> AddressAbbreviations = new(StringComparer.Ordinal) { "jl", "jln", "gg", "no", "kel", "kec", "rt", "rw", "kav", "blok", "perum" };

    static readonly HashSet<string> AddressEnds = new(StringComparer.Ordinal)
    {
        "gk", "gak", "ga", "nggak", "ngga", "tidak", "tdk", "belum", "blm", "sudah", "udah", "udh", "sdh", "sejak", "dari",
        "tapi", "tp", "kok", "mohon", "tolong", "pak", "bu", "min", "sampai", "sampe", "yg", "yang", "dan", "sama", "bikin", "jadi",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[\s,(])(?<place>(?:jl|jln|gg)\.?\s*\w|gang\s+\d|(?:komplek|kompleks|perum|perumahan|kelurahan|kel\.|kecamatan|kec\.)\s+\w|rt\s*\.?\s*\d|(?<=\b(?:di|daerah|dkt|dekat)\s+)jalan\s+\w)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AddressStart();

    /// <summary>
    /// A ticket, a listed category, a pin or something that reads as an address, a photo or "lewati" are plainly
    /// answers; a description is free text, which the conversation weighs (it may be a new question).
    /// </summary>
    public bool IsAnswer(Turn turn, DialogueState dialogue)
    {
        var text = turn.Message.Text.Trim();
        return dialogue.Step switch
        {
            AskTicket => turn.Understanding.Ticket is not null,
            AskCategory => PickCategory(text) is not null,
            AskLocation => turn.Message.Location is not null || AddressWords().IsMatch(text),
            AskPhoto => turn.Message.Media.Any(media => media.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
                || SkipWords.Any(word => SimpleTextNormalizer.Padded(text).Contains($" {word} ", StringComparison.Ordinal)),
            _ => false,
        };
    }

    public async ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        var slots = new Dictionary<string, string>(dialogue.Slots);
        var text = turn.Message.Text.Trim();
        switch (dialogue.Step)
        {
            case AskTicket:
                return turn.Understanding.Ticket is { IsQueueNumber: false } ticket
                    ? Status(ticket.Code, turn.Message.Sender)
                    : Reask(dialogue, $"Maaf, nomor tiket belum sesuai. Nomor tiket diawali *INF*, contoh: *{TicketExample}*. Silakan kirim lagi, atau ketik *batal*.");

            case AskCategory:
                var category = PickCategory(text);
                if (category is null)
                    return Reask(dialogue, "Maaf, pilihan belum sesuai 🙏 Balas dengan angka *1* sampai *5*, contoh: *1* untuk jalan rusak.");
                slots[CategorySlot] = category;
                if (SimpleTextNormalizer.Words(text).Count() >= 6)
                    slots[DescriptionSlot] = text;
                break;

            case AskDescription:
                if (SimpleTextNormalizer.Words(text).Count() < 3 || text.Length < 15)
                    return Reask(dialogue, "Mohon ceritakan sedikit lebih lengkap, ya 🙏\nContoh: *Lubang besar di tengah jalan, sudah 2 minggu, sering membuat motor jatuh*");
                slots[DescriptionSlot] = text;
                break;

            case AskLocation:
                if (!TakeLocation(turn, slots, acceptText: true))
                    return Reask(dialogue, "Maaf, lokasinya belum jelas 🙏 Kirim lokasi lewat tombol 📎 › *Lokasi* di WhatsApp, atau tulis alamat lengkap.\nContoh: *Jl. Pandanaran depan Toko Oen, Semarang Tengah*");
                break;

            case AskPhoto:
                if (!TakePhoto(turn, slots))
                {
                    var padded = SimpleTextNormalizer.Padded(text);
                    if (!SkipWords.Any(word => padded.Contains($" {word} ", StringComparison.Ordinal)))
                    {
                        if (dialogue.InvalidAnswers == 0)
                            return HandlerResult.Ask(dialogue with { InvalidAnswers = 1 },
                                "Silakan kirim *foto* (gambar) kondisinya, atau balas *lewati* bila tidak ada foto.");
                    }
                    slots[PhotoSlot] = "";
                }
                break;
        }
        return await NextAsync(turn, slots, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks for the first thing still missing, or files the report when nothing is.</summary>
    async ValueTask<HandlerResult> NextAsync(Turn turn, Dictionary<string, string> slots, CancellationToken cancellationToken, bool firstMessage = false)
    {
        DialogueState Waiting(string step) => new() { Intent = Intent, Step = step, Slots = slots };

        if (!slots.TryGetValue(CategorySlot, out var category))
            return HandlerResult.Ask(Waiting(AskCategory), CategoryQuestion());
        if (!slots.TryGetValue(DescriptionSlot, out var description))
            return HandlerResult.Ask(Waiting(AskDescription),
                $"🚧 Laporan *{ReportCategories.Label(category)}*\nCeritakan singkat kondisinya, ya.\nContoh: *Lubang besar di tengah jalan, sudah 2 minggu, sering membuat motor jatuh*");
        if (!slots.ContainsKey(AddressSlot) && !slots.ContainsKey(LatitudeSlot))
            return HandlerResult.Ask(Waiting(AskLocation), EarlierReportHint(turn) +
                $"🚧 Laporan *{ReportCategories.Label(category)}*\n📍 Di mana lokasinya? Kirim *lokasi* lewat tombol 📎 › Lokasi di WhatsApp, atau tulis alamatnya.\nContoh: *Jl. Pandanaran depan Toko Oen, Semarang Tengah*");
        if (!slots.TryGetValue(PhotoSlot, out var photo))
            return HandlerResult.Ask(Waiting(AskPhoto), (firstMessage ? EarlierReportHint(turn) + RecordedSoFar(category, slots) : "") +
                "📷 Bila ada, kirim *foto* kondisinya. Bila tidak ada, balas *lewati*.");

        var report = await desk.FileAsync(new NewReport
        {
            Sender = turn.Message.Sender,
            Category = category,
            Description = description,
            Address = slots.GetValueOrDefault(AddressSlot),
            Latitude = slots.TryGetValue(LatitudeSlot, out var latitude) ? double.Parse(latitude, CultureInfo.InvariantCulture) : null,
            Longitude = slots.TryGetValue(LongitudeSlot, out var longitude) ? double.Parse(longitude, CultureInfo.InvariantCulture) : null,
            PhotoUrl = photo.Length == 0 ? null : photo,
            CreatedAt = turn.Now,
        }, turn.Effects.Next(), cancellationToken).ConfigureAwait(false);
        return HandlerResult.Say(Filed(report, options.CurrentValue));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(berapa\s+(lama|hari|minggu)|brp\s+(lama|hari|minggu)|kapan\s+(diperbaiki|ditangani|ditindak\w*|dikerjakan)|ditindak\s*lanjut\w*|tindak\s*lanjut\w*|prosesnya|siapa\s+yang\s+(memperbaiki|menangani|bertanggung))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ProcessQuestion();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(lapor|laporkan|melapor|ngelapor|ngadu|mengadu|aduan|pengaduan)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReportVerb();

    /// <summary>For "sudah 3x lapor belum diperbaiki": how to follow up the earlier report, before taking a new one.</summary>
    /// <summary>What one message already told, so the citizen sees what is being recorded before the photo question.</summary>
    static string RecordedSoFar(string category, Dictionary<string, string> slots) =>
        $"🚧 Laporan *{ReportCategories.Label(category)}*\n" +
        (slots.TryGetValue(AddressSlot, out var address) ? $"📍 Lokasi: *{address}*\n" : slots.ContainsKey(LatitudeSlot) ? "📍 Lokasi: titik yang Anda kirim\n" : "");

    static string EarlierReportHint(Turn turn) =>
        EarlierReport().IsMatch(turn.Message.Text)
            ? $"Mohon maaf laporan sebelumnya belum tertangani 🙏 Bila Anda punya nomor tiketnya (contoh *{TicketExample}*), kirim nomor itu agar saya cek statusnya dan bisa diteruskan ke petugas. Laporan baru juga tetap bisa dibuat sekarang:\n\n"
            : "";

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(sudah|udah|udh|sdh|pernah|berkali|\d+\s*x|\d+\s*kali)\b.{0,20}\blapor|\blapor\w*\b.{0,20}\b(lagi|berkali|belum\s+(di\w*|ada))", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EarlierReport();

    static bool TakeLocation(Turn turn, Dictionary<string, string> slots, bool acceptText)
    {
        if (turn.Message.Location is { } pin)
        {
            slots[LatitudeSlot] = pin.Latitude.ToString("R", CultureInfo.InvariantCulture);
            slots[LongitudeSlot] = pin.Longitude.ToString("R", CultureInfo.InvariantCulture);
            var named = string.Join(", ", new[] { pin.Label, pin.Address }.Where(part => !string.IsNullOrWhiteSpace(part)));
            if (named.Length > 0)
                slots[AddressSlot] = named;
            return true;
        }
        var text = turn.Message.Text.Trim();
        if (!acceptText || text.Length < 8 || SimpleTextNormalizer.Words(text).Count() < 2 || !text.Any(char.IsLetter))
            return false;
        slots[AddressSlot] = text;
        return true;
    }

    static bool TakePhoto(Turn turn, Dictionary<string, string> slots)
    {
        var photo = turn.Message.Media.FirstOrDefault(media => media.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase));
        if (photo is null)
            return false;
        slots[PhotoSlot] = photo.Url.ToString();
        return true;
    }

    static string? PickCategory(string text)
    {
        if (int.TryParse(text.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var choice)
            && choice >= 1 && choice <= ReportCategories.All.Count)
            return ReportCategories.All[choice - 1].Id;
        return ReportCategories.Find(SimpleTextNormalizer.Padded(text));
    }

    static HandlerResult Reask(DialogueState dialogue, string hint) =>
        HandlerResult.AskAgainOnce(dialogue, hint, "Maaf, saya belum bisa memproses jawaban tersebut 🙏 Ketik *lapor* untuk memulai lagi, atau *petugas* untuk dibantu petugas.");

    HandlerResult Status(string ticketNumber, string sender)
    {
        if (desk.Find(ticketNumber) is not { } report)
            return HandlerResult.Say($"Maaf, laporan dengan nomor tiket *{ticketNumber}* tidak kami temukan 🙏 Mohon periksa kembali nomornya.");

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"📋 *Laporan {report.TicketNumber}*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Kategori: {ReportCategories.Label(report.Category)}");
        if (report.Sender == sender) // the description and place are shown only to the person who reported them
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Keterangan: {report.Description}");
            text.AppendLine(CultureInfo.InvariantCulture, $"Lokasi: {LocationText(report)}");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"Dilaporkan: {IndonesianFormat.DateTime(report.CreatedAt)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Status: *{ReportStages.Label(report.Status)}* ({ReportStages.Meaning(report.Status)})");
        if (!string.IsNullOrWhiteSpace(report.StatusNote))
            text.AppendLine(CultureInfo.InvariantCulture, $"Catatan petugas: {report.StatusNote}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Diperbarui: {IndonesianFormat.DateTime(report.UpdatedAt)}");
        var settings = options.CurrentValue;
        if (settings.PublicBaseUrl.Length > 0)
            text.AppendLine(CultureInfo.InvariantCulture, $"Pantau: {settings.TrackingUrl(report.TicketNumber)}");
        return HandlerResult.Say(text.ToString().TrimEnd());
    }

    static string Filed(InfrastructureReport report, ReportDeskOptions settings)
    {
        var text = new StringBuilder();
        text.AppendLine("✅ *Laporan Anda sudah kami terima.* Terima kasih telah peduli pada kota kita 🙏");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Nomor tiket: *{report.TicketNumber}*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Kategori: {ReportCategories.Label(report.Category)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Lokasi: {LocationText(report)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Foto: {(report.PhotoUrl is null ? "tidak ada" : "terlampir")}");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Simpan nomor tiket ini. Cek perkembangannya dengan mengetik *cek laporan {report.TicketNumber}*; kami juga akan mengabari Anda bila statusnya berubah.");
        if (settings.PublicBaseUrl.Length > 0)
            text.Append(CultureInfo.InvariantCulture, $"\nPantau juga di: {settings.TrackingUrl(report.TicketNumber)}");
        return text.ToString();
    }

    static string LocationText(InfrastructureReport report)
    {
        var pin = report.Latitude is { } latitude && report.Longitude is { } longitude
            ? $"titik lokasi {latitude.ToString("0.#####", CultureInfo.InvariantCulture)}, {longitude.ToString("0.#####", CultureInfo.InvariantCulture)}"
            : null;
        return string.Join(" · ", new[] { report.Address, pin }.Where(part => part is not null));
    }

    /// <summary>Words that start or mark an address: "jl. pandanaran", "gang 3", "depan gereja", "rt 05".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(jl|jln|jalan|gg|gang|rt|rw|depan|dekat|deket|samping|sebelah|belakang|seberang|perempatan|pertigaan|kelurahan|kel|kecamatan|kec|komplek|perum|perumahan|no)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AddressWords();

    static string CategoryQuestion()
    {
        var text = new StringBuilder();
        text.AppendLine("🚧 *Lapor Infrastruktur*");
        text.AppendLine("Apa yang ingin Anda laporkan?");
        text.AppendLine();
        for (var i = 0; i < ReportCategories.All.Count; i++)
            text.Append('*').Append(i + 1).Append(".* ").AppendLine(ReportCategories.All[i].Label);
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Balas dengan *angka*. Untuk cek laporan sebelumnya, kirim nomor tiketnya (contoh {TicketExample}).");
        return text.ToString();
    }
}
