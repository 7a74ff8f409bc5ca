using System.Globalization;
using System.Text.RegularExpressions;
using Savira.Core.Data;
using Savira.Core.Dialogue;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Puskesmas;

/// <summary>
/// Puskesmas over WhatsApp: take a queue number (puskesmas → clinic → day), check it, cancel it, the registration
/// hours, and every other question from the knowledge base. One message may carry everything ("ambil antrean
/// pkm halmahera poli gigi besok"). A number is taken only when the citizen asks to take one; a request that only
/// names a queue ("antrean halmahera gigi") is confirmed first, and a question ("ada layanan kb?") is answered.
/// </summary>
public sealed partial class PuskesmasHandler(PuskesmasDirectory directory, PuskesmasQueues queue, KnowledgeBase knowledge) : IServiceHandler
{
    const string AskPuskesmasStep = "ask_puskesmas";
    const string PickPuskesmasStep = "pick_puskesmas";
    const string AskClinicStep = "ask_clinic";
    const string ConfirmDayStep = "confirm_day";
    const string ConfirmTakeStep = "confirm_take";
    const string PickCancelStep = "pick_cancel";

    const string PlaceSlot = "puskesmas";
    const string ClinicSlot = "clinic";
    const string DaySlot = "day";
    const string AskedSlot = "asked"; // "1" when the citizen asked to take a number, rather than only naming a queue

    /// <summary>Numbers can be taken for today and up to this many days ahead.</summary>
    const int DaysAhead = 7;

    public Intent Intent => Intent.Puskesmas;

    /// <summary>What a request to take a number has said so far: whether it asked to take one, and for which day.</summary>
    sealed record TakeRequest(bool Asked, DateOnly? Day)
    {
        public Dictionary<string, string> Slots(params (string Key, string Value)[] more)
        {
            var slots = more.ToDictionary(pair => pair.Key, pair => pair.Value);
            if (Asked)
                slots[AskedSlot] = "1";
            if (Day is { } day)
                slots[DaySlot] = StoredTime.Day(day);
            return slots;
        }

        public static TakeRequest From(DialogueState dialogue) => new(
            dialogue.Slots.ContainsKey(AskedSlot),
            dialogue.Slots.TryGetValue(DaySlot, out var day) ? StoredTime.ParseDay(day) : null);
    }

    public async ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var words = WordsOf(turn);
        if (words.Overlaps(CancelWords))
            return await CancelAsync(turn, cancellationToken).ConfigureAwait(false);
        if (IsCheck(words))
            return Check(turn);

        var asked = IsTakeRequest(words);
        var mentionsQueue = asked || words.Overlaps(QueueWords);
        // "kalau minggu?" after a puskesmas's hours is about the same puskesmas's hours.
        var afterHours = turn.FollowUpOf is { } topic && HoursWords.Any(word => topic.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
        if ((words.Overlaps(HoursWords) || afterHours && words.Overlaps(DayWords)) && !asked)
            return Hours(turn);
        if (!mentionsQueue && words.Overlaps(WhereWords) && PuskesmasFinder.Find(turn.Message.Text, directory.All()) is { Count: > 0 } near)
            return HandlerResult.Say(PuskesmasTexts.Places(near)); // "puskesmas yang dekat tlogosari di mana?"
        if (!mentionsQueue && knowledge.Find(turn, Intent) is { } match)
            return KnowledgeBase.Answer(match.Entry, "Untuk mengambil nomor antrean, tulis misalnya *ambil antrean puskesmas halmahera poli umum*.");

        if (!mentionsQueue && ToneReader.Read(turn.Message.Text).ComplainsOfStaff)
            return HandlerResult.Say(PuskesmasTexts.StaffComplaint); // the conversation adds where to file it; no number nobody asked for

        var request = new TakeRequest(asked, FutureDay(turn));
        if (!mentionsQueue && turn.Message.Location is null && PlaceNamed(turn) is { } named)
            return Hours(named); // "puskesmas ngesrep": where it is and when it opens, not a number nobody asked for
        return await ChoosePuskesmasAsync(turn, null, request, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        var request = TakeRequest.From(dialogue);
        request = request with { Day = FutureDay(turn) ?? request.Day };
        switch (dialogue.Step)
        {
            case PickPuskesmasStep:
                if (Number(turn.Message.Text) is { } picked && dialogue.Choice(picked) is { } code && directory.Find(code) is { } chosen)
                    return await AfterPuskesmasAsync(turn, chosen, null, request, cancellationToken).ConfigureAwait(false);
                return await ChoosePuskesmasAsync(turn, dialogue, request, cancellationToken).ConfigureAwait(false);

            case AskClinicStep:
                var place = directory.Find(dialogue.Slots[PlaceSlot])!;
                var clinics = directory.Clinics(place.Code);
                if (ClinicChoice.Find(turn.Message.Text, clinics, acceptNumber: true) is { } clinic)
                    return await TakeOrOfferAsync(turn, place, clinic, null, request, cancellationToken).ConfigureAwait(false);
                return HandlerResult.AskAgainOnce(dialogue, PuskesmasTexts.ClinicNotFound(clinics), PuskesmasTexts.GiveUpPuskesmas);

            case ConfirmDayStep:
            case ConfirmTakeStep:
                return await ConfirmAsync(turn, dialogue, cancellationToken).ConfigureAwait(false);

            case PickCancelStep:
                if (Number(turn.Message.Text) is { } index && dialogue.Choice(index) is { } ticketId)
                    return await CancelTicketAsync(turn, long.Parse(ticketId, CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                return HandlerResult.Ask(dialogue, "Mohon balas dengan *nomor* pilihan pada daftar, atau ketik *batal* 🙏");

            default: // AskPuskesmasStep
                return await ChoosePuskesmasAsync(turn, dialogue, request, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A puskesmas, a clinic, a listed number or a yes/no, whichever the step asked for.</summary>
    public bool IsAnswer(Turn turn, DialogueState dialogue) => dialogue.Step switch
    {
        PickPuskesmasStep or PickCancelStep => Number(turn.Message.Text) is not null || PlaceNamed(turn) is not null,
        AskClinicStep => directory.Find(dialogue.Slots[PlaceSlot]) is { } place
            && ClinicChoice.Find(turn.Message.Text, directory.Clinics(place.Code), acceptNumber: true) is not null,
        ConfirmDayStep or ConfirmTakeStep => WordsOf(turn).Overlaps(YesWords) || WordsOf(turn).Overlaps(NoWords) || OtherClinicNamed(turn, dialogue) is not null,
        _ => turn.Message.Location is not null || PuskesmasFinder.Find(turn.Message.Text, directory.All()).Count > 0,
    };

    async ValueTask<HandlerResult> ChoosePuskesmasAsync(Turn turn, DialogueState? dialogue, TakeRequest request, CancellationToken cancellationToken)
    {
        var places = directory.All();
        if (turn.Message.Location is { } pin && PuskesmasFinder.Nearest(pin.Latitude, pin.Longitude, places) is { } nearest)
        {
            var intro = $"📍 Puskesmas terdekat dari lokasi Anda: *{nearest.Place.Name}* (±{nearest.Kilometres.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',')} km).";
            return await AfterPuskesmasAsync(turn, nearest.Place, intro, request, cancellationToken).ConfigureAwait(false);
        }

        var found = PuskesmasFinder.Find(turn.Message.Text, places);
        if (found.Count == 1)
            return await AfterPuskesmasAsync(turn, found[0], null, request, cancellationToken).ConfigureAwait(false);
        if (found.Count > 1)
        {
            return HandlerResult.Ask(
                new DialogueState { Intent = Intent, Step = PickPuskesmasStep, Slots = request.Slots(), Choices = found.Select(place => place.Code).ToList() },
                PuskesmasTexts.PickPuskesmas(found));
        }

        if (dialogue is null)
            return HandlerResult.Ask(new DialogueState { Intent = Intent, Step = AskPuskesmasStep, Slots = request.Slots() }, PuskesmasTexts.AskPuskesmas);
        return dialogue.InvalidAnswers == 0
            ? HandlerResult.Ask(dialogue with { Step = AskPuskesmasStep, InvalidAnswers = 1, Slots = request.Slots() }, PuskesmasTexts.PuskesmasNotFound)
            : HandlerResult.Say(PuskesmasTexts.GiveUpPuskesmas);
    }

    async ValueTask<HandlerResult> AfterPuskesmasAsync(Turn turn, PuskesmasPlace place, string? intro, TakeRequest request, CancellationToken cancellationToken)
    {
        var clinics = directory.Clinics(place.Code);
        if (ClinicChoice.Find(turn.Message.Text, clinics, acceptNumber: false) is { } clinic)
            return await TakeOrOfferAsync(turn, place, clinic, intro, request, cancellationToken).ConfigureAwait(false);
        return HandlerResult.Ask(
            new DialogueState { Intent = Intent, Step = AskClinicStep, Slots = request.Slots((PlaceSlot, place.Code)) },
            PuskesmasTexts.AskClinic(place, clinics, intro));
    }

    /// <summary>
    /// Takes a number for the day asked (today when none was) when registration is open then; otherwise offers the
    /// next opening day. A request that did not ask to take a number is confirmed first.
    /// </summary>
    async ValueTask<HandlerResult> TakeOrOfferAsync(Turn turn, PuskesmasPlace place, Clinic clinic, string? intro, TakeRequest request, CancellationToken cancellationToken)
    {
        var schedule = directory.Schedule(place.Code);
        var today = Wib.Today(turn.Now);
        var day = request.Day ?? today;
        if (day > today.AddDays(DaysAhead))
            return HandlerResult.Say(PuskesmasTexts.TooFarAhead(day, DaysAhead));
        if (day == today && !schedule.TakesNumbersToday(turn.Now))
            return OfferNextDay(place, clinic, schedule, today, PuskesmasTexts.ClosedToday(place, schedule, today));
        if (day > today && schedule.On(day) is null)
            return OfferNextDay(place, clinic, schedule, day, PuskesmasTexts.ClosedOn(place, day));
        if (clinic.IsPaused)
            return HandlerResult.Say(PuskesmasTexts.Paused(place, clinic));
        if (!request.Asked)
            return HandlerResult.Ask(
                new DialogueState { Intent = Intent, Step = ConfirmTakeStep, Slots = request.Slots((PlaceSlot, place.Code), (ClinicSlot, clinic.Code), (DaySlot, StoredTime.Day(day))), IsOffer = true },
                PuskesmasTexts.ConfirmTake(place, clinic, day, today, intro));

        return await TakeAsync(turn, place, clinic, day, intro, cancellationToken).ConfigureAwait(false);
    }

    async ValueTask<HandlerResult> TakeAsync(Turn turn, PuskesmasPlace place, Clinic clinic, DateOnly day, string? intro, CancellationToken cancellationToken)
    {
        var result = await queue.TakeAsync(place.Code, clinic.Code, day, turn.Message.Sender, turn.Message.Channel, turn.Now, turn.Effects.Next(), cancellationToken)
            .ConfigureAwait(false);
        return result.Outcome switch
        {
            TakeOutcome.QuotaFull => OfferNextDay(place, clinic, directory.Schedule(place.Code), day, PuskesmasTexts.QuotaFull(place, clinic, day)),
            TakeOutcome.Paused => HandlerResult.Say(PuskesmasTexts.Paused(place, clinic)),
            _ => Answer(result, turn, intro),
        };
    }

    HandlerResult OfferNextDay(PuskesmasPlace place, Clinic clinic, OpeningSchedule schedule, DateOnly after, string reason)
    {
        if (schedule.NextOpenDayAfter(after) is not { } day)
            return HandlerResult.Say(reason + "\n\n" + PuskesmasTexts.NoOpenDay(place));
        return HandlerResult.Ask(
            new DialogueState
            {
                Intent = Intent,
                Step = ConfirmDayStep,
                Slots = new Dictionary<string, string> { [PlaceSlot] = place.Code, [ClinicSlot] = clinic.Code, [DaySlot] = StoredTime.Day(day) },
                IsOffer = true,
            },
            PuskesmasTexts.OfferDay(place, clinic, day, reason));
    }

    async ValueTask<HandlerResult> ConfirmAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        // "eh gak jadi, yang poli umum aja": a change of mind about the clinic, not a no; offered again for that clinic.
        if (OtherClinicNamed(turn, dialogue) is { } other)
        {
            var request = new TakeRequest(Asked: false, FutureDay(turn) ?? StoredTime.ParseDay(dialogue.Slots[DaySlot]));
            return await TakeOrOfferAsync(turn, directory.Find(dialogue.Slots[PlaceSlot])!, other, null, request, cancellationToken).ConfigureAwait(false);
        }
        var words = WordsOf(turn);
        if (words.Overlaps(NoWords) || !words.Overlaps(YesWords))
            return HandlerResult.Say(PuskesmasTexts.Declined);

        var place = directory.Find(dialogue.Slots[PlaceSlot])!;
        var clinic = directory.FindClinic(place.Code, dialogue.Slots[ClinicSlot])!;
        var day = StoredTime.ParseDay(dialogue.Slots[DaySlot]);
        return await TakeAsync(turn, place, clinic, day, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Another clinic of the offered puskesmas, named by the citizen's answer to the offer.</summary>
    Clinic? OtherClinicNamed(Turn turn, DialogueState dialogue) =>
        directory.Find(dialogue.Slots[PlaceSlot]) is { } place
        && ClinicChoice.Find(turn.Message.Text, directory.Clinics(place.Code), acceptNumber: false) is { } clinic
        && clinic.Code != dialogue.Slots[ClinicSlot]
            ? clinic
            : null;

    HandlerResult Answer(TakeResult result, Turn turn, string? intro)
    {
        var position = queue.Position(result.Ticket!, turn.Now);
        return HandlerResult.Say(result.Outcome == TakeOutcome.AlreadyHolding ? PuskesmasTexts.AlreadyHolding(position) : PuskesmasTexts.Taken(position, intro));
    }

    HandlerResult Check(Turn turn)
    {
        var tickets = queue.ActiveTickets(turn.Message.Sender, turn.Now);
        return tickets.Count == 0
            ? HandlerResult.Say(PuskesmasTexts.NoActiveTicket)
            : HandlerResult.Say(PuskesmasTexts.Status(tickets.Select(t => queue.Position(t, turn.Now)).ToList(), Wib.Today(turn.Now)));
    }

    async ValueTask<HandlerResult> CancelAsync(Turn turn, CancellationToken cancellationToken)
    {
        var result = await queue.CancelOnlyTicketAsync(turn.Message.Sender, turn.Now, turn.Effects.Next(), cancellationToken).ConfigureAwait(false);
        if (result.Cancelled is { } cancelled)
            return Cancelled(cancelled);
        var tickets = result.Active;
        if (tickets.Count == 0)
            return HandlerResult.Say(PuskesmasTexts.NoActiveTicket);
        return HandlerResult.Ask(
            new DialogueState { Intent = Intent, Step = PickCancelStep, Choices = tickets.Select(ticket => ticket.Id.ToString(CultureInfo.InvariantCulture)).ToList() },
            PuskesmasTexts.PickTicketToCancel(tickets.Select(t => queue.Position(t, turn.Now)).ToList()));
    }

    async ValueTask<HandlerResult> CancelTicketAsync(Turn turn, long ticketId, CancellationToken cancellationToken)
    {
        var cancelled = await queue.CancelAsync(ticketId, turn.Message.Sender, turn.Now, turn.Effects.Next(), cancellationToken).ConfigureAwait(false);
        return cancelled is null ? HandlerResult.Say(PuskesmasTexts.NoActiveTicket) : Cancelled(cancelled);
    }

    HandlerResult Cancelled(QueueTicket cancelled)
    {
        var place = directory.Find(cancelled.PuskesmasCode)!;
        return HandlerResult.Say(PuskesmasTexts.Cancelled(cancelled, place, directory.FindClinic(place.Code, cancelled.Clinic)!));
    }

    /// <summary>The hours of the puskesmas named here or, for "tutupnya jam brp?", in the topic it follows up on.</summary>
    HandlerResult Hours(Turn turn)
    {
        if (PlaceNamed(turn) is { } place)
            return Hours(place);
        if (knowledge.Find(turn, Intent) is { } match) // "puskesmas mana yang buka 24 jam?", "buka hari minggu?"
            return KnowledgeBase.Answer(match.Entry, "Untuk jam pendaftaran satu puskesmas, ketik *jam buka* diikuti namanya (misalnya _jam buka puskesmas halmahera_).");
        return HandlerResult.Say("🕗 Ketik *jam buka* diikuti nama puskesmas (misalnya _jam buka puskesmas halmahera_) untuk jam pendaftarannya.");
    }

    HandlerResult Hours(PuskesmasPlace place) =>
        HandlerResult.Say(PuskesmasTexts.Hours(place, directory.Schedule(place.Code), directory.Clinics(place.Code)));

    /// <summary>The one puskesmas the message names, or the one its follow-up context named.</summary>
    PuskesmasPlace? PlaceNamed(Turn turn)
    {
        var found = PuskesmasFinder.Find(turn.Message.Text, directory.All());
        if (found.Count == 1)
            return found[0];
        if (found.Count == 0 && turn.FollowUpOf is { } topic && PuskesmasFinder.Find(topic.Text, directory.All()) is [var earlier])
            return earlier;
        return null;
    }

    /// <summary>The day asked for, when it is today or later.</summary>
    static DateOnly? FutureDay(Turn turn) => turn.Understanding.Day is { } day && day >= Wib.Today(turn.Now) ? day : null;

    static bool IsCheck(HashSet<string> words) =>
        !words.Overlaps(TakeWords) && (words.Overlaps(CheckWords) || (words.Contains("saya") && words.Overlaps(QueueWords))) && words.Overlaps(QueueWords);

    /// <summary>"ambil/daftar/minta … antrean", "mau antre": the citizen asks for a number, not about one.</summary>
    static bool IsTakeRequest(HashSet<string> words) =>
        words.Overlaps(TakeWords) || words.Overlaps(WantWords) && words.Overlaps(QueueWords);

    static int? Number(string text) =>
        int.TryParse(text.Trim().TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The message's words as written (lower case) and as the matcher normalised them ("antri" and "antre").</summary>
    static HashSet<string> WordsOf(Turn turn)
    {
        var words = Words().Matches(turn.Message.Text.ToLowerInvariant()).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);
        words.UnionWith(turn.Understanding.Words);
        return words;
    }

    static readonly string[] CancelWords = ["batal", "batalkan", "membatalkan", "cancel"];
    static readonly string[] CheckWords = ["cek", "status", "posisi", "giliran", "urutan", "sampai"];
    static readonly string[] TakeWords = ["ambil", "ambilkan", "daftar", "daftarkan", "mendaftar", "booking", "pesan", "reservasi"];
    static readonly string[] WantWords = ["mau", "ingin", "pengen", "pingin", "badhe", "arep", "minta"]; // "nyuwun pirsa" is "minta tahu": asking, not taking
    static readonly string[] QueueWords = ["nomor", "no", "antrean", "antrian", "antri", "antre", "ngantri", "ngantre"];
    static readonly string[] HoursWords = ["jam", "buka", "tutup", "tutupnya", "bukanya"];
    static readonly string[] DayWords = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "libur", "besok"];
    static readonly string[] WhereWords = ["dimana", "dmn", "mana", "dekat", "deket", "terdekat", "alamat", "alamatnya", "lokasi", "lokasinya"];
    static readonly string[] YesWords = ["ya", "iya", "y", "ok", "oke", "boleh", "mau", "setuju", "yes", "betul", "nggih", "injih", "siap"];
    static readonly string[] NoWords = ["tidak", "tdk", "gak", "ga", "nggak", "enggak", "no", "jangan", "mboten", "ora", "ndak"];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
