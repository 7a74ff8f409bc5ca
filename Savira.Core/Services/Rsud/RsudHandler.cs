using System.Globalization;
using System.Text;
using Savira.Core.Dialogue;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Rsud;

/// <summary>
/// RSUD KRMT Wongsonegoro: doctor schedules by clinic and day, beds by class, visiting hours,
/// registration channels and the emergency number.
/// </summary>
public sealed class RsudHandler(IRsudDirectory directory, KnowledgeBase knowledge) : IServiceHandler
{
    const string ChooseTopic = "choose_topic";
    const string AskClinic = "ask_clinic";
    const string DaySlot = "day";

    static readonly string[] EmergencyWords = ["igd", "ugd", "darurat", "gawat", "emergency", "ambulan", "ambulans"];
    static readonly string[] VisitingWords = ["jam besuk", "jam bezuk", "waktu besuk", "besuk pasien", "membesuk", "jenguk", "menjenguk", "jam kunjung", "jam kunjungan"];
    static readonly string[] BedWords = ["kamar", "bed", "tempat tidur", "rawat inap", "ranap", "bangsal", "kelas", "vip", "icu", "nicu", "picu", "isolasi"];
    static readonly string[] RegistrationWords = ["daftar", "pendaftaran", "registrasi", "mendaftar", "booking", "mobile jkn", "antrean online", "antrian online"];
    static readonly string[] ScheduleWords = ["jadwal", "dokter", "dr", "praktik", "praktek", "poli", "poliklinik", "klinik", "spesialis"];

    public Intent Intent => Intent.Rsud;

    public ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Route(turn) ?? TopicMenu());

    public ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken) =>
        ValueTask.FromResult(dialogue.Step switch
        {
            AskClinic => ContinueClinic(turn, dialogue),
            _ => ContinueTopic(turn, dialogue),
        });

    /// <summary>A listed number, a clinic or a day when those were asked.</summary>
    public bool IsAnswer(Turn turn, DialogueState dialogue)
    {
        var text = turn.Message.Text.Trim().TrimEnd('.');
        return dialogue.Step switch
        {
            AskClinic => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _) || FindClinic(SimpleTextNormalizer.Padded(text)) is not null,
            _ => text is "1" or "2" or "3" or "4" or "5",
        };
    }

    /// <summary>
    /// The answer to what the message asks, or null when it does not say which topic: a clinic's schedule and the
    /// beds come from the hospital's data, every other question from the knowledge base.
    /// </summary>
    HandlerResult? Route(Turn turn)
    {
        var padded = SimpleTextNormalizer.Padded(turn.Message.Text);
        var earlierClinic = turn.FollowUpOf is not null && turn.Context is not null ? FindClinic(SimpleTextNormalizer.Padded(turn.FollowUpOf.Text)) : null;
        var clinic = FindClinic(padded) ?? earlierClinic;
        // "kalau poli mata?" after Thursday's children's clinic: Thursday again, unless the message names its own day.
        // Only after a clinic's schedule: the day of a visiting-hours question is no clinic's day.
        var day = RequestedDay.Of(turn) ?? (earlierClinic is not null ? RequestedDay.Find(turn.FollowUpOf!.Text, Wib.Today(turn.Now)) : null);
        if (HasAny(padded, BedWords) && !HasAny(padded, VisitingWords))
            return Beds(padded);
        if (Has(padded, "jadwal") || clinic is not null && day is not null)
            return Schedule(turn, clinic, day);
        if (knowledge.Find(turn, Intent) is { } match)
            return Answer(match.Entry);
        if (HasAny(padded, EmergencyWords))
            return Information("igd rsud buka 24 jam", RsudInformationTopics.Emergency);
        if (HasAny(padded, VisitingWords))
            return Information("jam besuk rsud", RsudInformationTopics.VisitingHours);
        if (HasAny(padded, RegistrationWords))
            return Information("cara daftar berobat rawat jalan rsud", RsudInformationTopics.Registration);
        if (clinic is not null || HasAny(padded, ScheduleWords))
            return Schedule(turn, clinic, day);
        return null;
    }

    static HandlerResult Answer(FaqEntry entry) =>
        KnowledgeBase.Answer(entry, "Ada pertanyaan lain tentang RSUD? Tulis saja, atau ketik *menu*.");

    HandlerResult ContinueTopic(Turn turn, DialogueState dialogue)
    {
        var text = turn.Message.Text.Trim().TrimEnd('.');
        var picked = text switch
        {
            "1" => Schedule(turn, null, null),
            "2" => Beds(" "),
            "3" => Information("jam besuk rsud", RsudInformationTopics.VisitingHours),
            "4" => Information("cara daftar berobat rawat jalan rsud", RsudInformationTopics.Registration),
            "5" => Information("igd rsud buka 24 jam", RsudInformationTopics.Emergency),
            _ => Route(turn),
        };
        if (picked is not null)
            return picked;
        return HandlerResult.AskAgainOnce(dialogue, "Maaf, pilihan belum sesuai 🙏 Balas dengan angka *1* sampai *5*, atau tulis misalnya *jadwal dokter anak hari kamis*. Ketik *batal* untuk berhenti.", GiveUpText);
    }

    HandlerResult Schedule(Turn turn, RsudClinic? clinic, RequestedDay? day)
    {
        if (clinic is null)
        {
            var slots = new Dictionary<string, string>();
            if (day is not null)
                slots[DaySlot] = day.ToSlot();
            return HandlerResult.Ask(new DialogueState { Intent = Intent, Step = AskClinic, Slots = slots }, ClinicQuestion());
        }
        // No day named: the clinic's whole week, which is short, rather than a question back.
        return HandlerResult.Say(ScheduleText(clinic, day ?? new RequestedDay((DateOnly?)null)));
    }

    HandlerResult ContinueClinic(Turn turn, DialogueState dialogue)
    {
        var clinics = directory.Clinics();
        var text = turn.Message.Text.Trim().TrimEnd('.');
        var clinic = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var choice) && choice >= 1 && choice <= clinics.Count
            ? clinics[choice - 1]
            : FindClinic(SimpleTextNormalizer.Padded(text), clinics);
        if (clinic is null)
        {
            return HandlerResult.AskAgainOnce(dialogue, "Maaf, poliklinik tersebut belum saya kenali 🙏 Balas dengan *angka* dari daftar, atau nama poli, contoh: *anak*, *mata* atau *penyakit dalam*.", GiveUpText);
        }
        var day = RequestedDay.Find(text, Wib.Today(turn.Now))
            ?? (dialogue.Slots.TryGetValue(DaySlot, out var slot) ? RequestedDay.FromSlot(slot) : null);
        return Schedule(turn, clinic, day);
    }

    string ScheduleText(RsudClinic clinic, RequestedDay day)
    {
        var sessions = directory.Schedule(clinic.Id);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"🏥 *Jadwal {clinic.Name}*");
        text.AppendLine(CultureInfo.InvariantCulture, $"RSUD KRMT Wongsonegoro · {clinic.Location}");
        text.AppendLine();
        if (day.Date is { } date)
        {
            var weekday = ((int)date.DayOfWeek + 6) % 7 + 1;
            var thatDay = sessions.Where(session => session.Weekday == weekday).ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"*{IndonesianFormat.Date(date)}*");
            if (thatDay.Count == 0)
            {
                text.AppendLine("Tidak ada jadwal dokter pada hari tersebut.");
                var days = sessions.Select(session => session.Weekday).Distinct().Select(DayName).ToList();
                if (days.Count > 0)
                    text.AppendLine(CultureInfo.InvariantCulture, $"Poli ini buka hari {string.Join(", ", days)}.");
            }
            foreach (var session in thatDay)
                text.AppendLine(CultureInfo.InvariantCulture, $"• {session.DoctorName} — {IndonesianFormat.Time(session.StartsAt)}–{IndonesianFormat.Time(session.EndsAt)} WIB");
        }
        else
        {
            foreach (var group in sessions.GroupBy(session => session.Weekday))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"*{DayName(group.Key)}*");
                foreach (var session in group)
                    text.AppendLine(CultureInfo.InvariantCulture, $"• {session.DoctorName} — {IndonesianFormat.Time(session.StartsAt)}–{IndonesianFormat.Time(session.EndsAt)} WIB");
            }
            if (sessions.Count == 0)
                text.AppendLine("Jadwal dokter poli ini belum tersedia.");
        }
        text.AppendLine();
        text.Append("Jadwal dapat berubah sewaktu-waktu. Ketik *daftar rsud* untuk cara pendaftaran, atau *menu* untuk layanan lainnya.");
        return text.ToString();
    }

    HandlerResult Beds(string padded)
    {
        var beds = directory.Beds();
        var asked = beds.Where(bed => Has(padded, SimpleTextNormalizer.Padded(bed.Class).Trim())
            || ClassNumber(bed.Class) is { } number && (Has(padded, $"kelas {number}") || Has(padded, $"kelas {Roman(number)}"))).ToList();
        var shown = asked.Count > 0 ? asked : beds;

        var text = new StringBuilder();
        text.AppendLine("🛏️ *Ketersediaan kamar rawat inap RSUD KRMT Wongsonegoro*");
        text.AppendLine();
        foreach (var bed in shown)
            text.AppendLine(bed.Available > 0
                ? $"• {bed.Class}: *{bed.Available}* kosong dari {bed.Total}"
                : $"• {bed.Class}: *penuh* ({bed.Total} tempat tidur)");
        if (shown.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Data per {IndonesianFormat.DateTime(shown.Max(bed => bed.UpdatedAt))}; ketersediaan dapat berubah sewaktu-waktu.");
        }
        text.Append("Untuk kepastian, hubungi RSUD di *(024) 6711500*.");
        return HandlerResult.Say(text.ToString());
    }

    static int? ClassNumber(string bedClass) => bedClass switch
    {
        "Kelas I" => 1,
        "Kelas II" => 2,
        "Kelas III" => 3,
        _ => null,
    };

    static string Roman(int number) => number switch { 1 => "i", 2 => "ii", _ => "iii" };

    /// <summary>The knowledge entry for a menu topic; the hospital's own fixed text only when the knowledge base has none.</summary>
    HandlerResult Information(string question, string topic) =>
        knowledge.Find(question, Intent) is { } match
            ? Answer(match.Entry)
            : HandlerResult.Say((directory.Information(topic) ?? "Informasi ini sedang diperbarui 🙏 Silakan hubungi RSUD di (024) 6711500.")
                + "\n\nKetik *menu* untuk layanan lainnya.");

    static HandlerResult TopicMenu() =>
        HandlerResult.Ask(new DialogueState { Intent = Intent.Rsud, Step = ChooseTopic },
            """
            🏥 *RSUD KRMT Wongsonegoro*
            Informasi apa yang Anda butuhkan?

            *1.* Jadwal dokter & poliklinik
            *2.* Ketersediaan kamar rawat inap
            *3.* Jam besuk
            *4.* Cara pendaftaran
            *5.* IGD & nomor darurat

            Balas dengan *angka*, atau tulis langsung, misalnya *jadwal dokter anak hari kamis*.
            """);

    string ClinicQuestion()
    {
        var text = new StringBuilder();
        text.AppendLine("Poliklinik mana yang ingin Anda lihat jadwalnya?");
        text.AppendLine();
        var clinics = directory.Clinics();
        for (var i = 0; i < clinics.Count; i++)
            text.Append('*').Append(i + 1).Append(".* ").AppendLine(clinics[i].Name);
        text.AppendLine();
        text.Append("Balas dengan *angka* atau nama poli, contoh: *anak*.");
        return text.ToString();
    }

    const string GiveUpText = "Maaf, pilihan itu belum ada di daftar 🙏 Ketik *RSUD* untuk mencoba lagi, atau hubungi RSUD di (024) 6711500.";

    RsudClinic? FindClinic(string padded) => FindClinic(padded, directory.Clinics());

    /// <summary>The clinic whose longest keyword appears in the text: "bedah orthopedi" is orthopaedics, not general surgery.</summary>
    static RsudClinic? FindClinic(string padded, IReadOnlyList<RsudClinic> clinics) =>
        clinics
            .Select(clinic => (Clinic: clinic, Length: clinic.NormalizedKeywords
                .Where(keyword => Has(padded, keyword))
                .Select(keyword => keyword.Length)
                .DefaultIfEmpty(0)
                .Max()))
            .Where(candidate => candidate.Length > 0)
            .OrderByDescending(candidate => candidate.Length)
            .Select(candidate => candidate.Clinic)
            .FirstOrDefault();

    static string DayName(int isoWeekday) => IndonesianFormat.DayName((DayOfWeek)(isoWeekday % 7));

    static bool Has(string padded, string phrase) => padded.Contains($" {phrase} ", StringComparison.Ordinal);

    static bool HasAny(string padded, string[] phrases) => phrases.Any(phrase => Has(padded, phrase));
}
