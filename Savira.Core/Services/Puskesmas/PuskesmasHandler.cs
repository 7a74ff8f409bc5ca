using System.Globalization;
using System.Text.RegularExpressions;
using Savira.Core.Data;
using Savira.Core.Dialogue;
using Savira.Core.Replies;
using Savira.Core.Understanding;

namespace Savira.Core.Services.Puskesmas;

/// <summary>
/// Puskesmas queue numbers over WhatsApp: take one (puskesmas → clinic → day), check it, cancel it, and
/// the registration hours. One message may carry everything ("ambil antrean pkm halmahera poli gigi").
/// </summary>
public sealed partial class PuskesmasHandler(PuskesmasDirectory directory, PuskesmasQueues queue) : IServiceHandler
{
    const string AskPuskesmasStep = "ask_puskesmas";
    const string PickPuskesmasStep = "pick_puskesmas";
    const string AskClinicStep = "ask_clinic";
    const string ConfirmDayStep = "confirm_day";
    const string PickCancelStep = "pick_cancel";

    public Intent Intent => Intent.Puskesmas;

    public async ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var words = WordsOf(turn.Message.Text);
        if (words.Overlaps(CancelWords))
            return await CancelAsync(turn, cancellationToken).ConfigureAwait(false);
        if (IsCheck(words))
            return Check(turn);
        if (words.Overlaps(HoursWords) && !words.Overlaps(TakeWords))
            return Hours(turn);
        return await ChoosePuskesmasAsync(turn, null, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        switch (dialogue.Step)
        {
            case PickPuskesmasStep:
                var options = dialogue.Slots["options"].Split(',');
                if (Number(turn.Message.Text) is { } picked && picked >= 1 && picked <= options.Length && directory.Find(options[picked - 1]) is { } chosen)
                    return await AfterPuskesmasAsync(turn, chosen, null, cancellationToken).ConfigureAwait(false);
                return await ChoosePuskesmasAsync(turn, dialogue, cancellationToken).ConfigureAwait(false);

            case AskClinicStep:
                var place = directory.Find(dialogue.Slots["puskesmas"])!;
                var clinics = directory.Clinics(place.Code);
                if (ClinicChoice.Find(turn.Message.Text, clinics, acceptNumber: true) is { } clinic)
                    return await TakeOrOfferAsync(turn, place, clinic, null, cancellationToken).ConfigureAwait(false);
                return dialogue.InvalidAnswers == 0
                    ? HandlerResult.Ask(dialogue with { InvalidAnswers = 1 }, PuskesmasTexts.ClinicNotFound(clinics))
                    : HandlerResult.Say(PuskesmasTexts.GiveUpPuskesmas);

            case ConfirmDayStep:
                return await ConfirmDayAsync(turn, dialogue, cancellationToken).ConfigureAwait(false);

            case PickCancelStep:
                var ids = dialogue.Slots["tickets"].Split(',');
                if (Number(turn.Message.Text) is { } index && index >= 1 && index <= ids.Length)
                    return await CancelTicketAsync(turn, long.Parse(ids[index - 1], CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                return HandlerResult.Ask(dialogue, "Mohon balas dengan *nomor* pilihan pada daftar, atau ketik *batal* 🙏");

            default: // AskPuskesmasStep
                return await ChoosePuskesmasAsync(turn, dialogue, cancellationToken).ConfigureAwait(false);
        }
    }

    async ValueTask<HandlerResult> ChoosePuskesmasAsync(Turn turn, DialogueState? dialogue, CancellationToken cancellationToken)
    {
        var places = directory.All();
        if (turn.Message.Location is { } pin && PuskesmasFinder.Nearest(pin.Latitude, pin.Longitude, places) is { } nearest)
        {
            var intro = $"📍 Puskesmas terdekat dari lokasi Anda: *{nearest.Place.Name}* (±{nearest.Kilometres.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',')} km).";
            return await AfterPuskesmasAsync(turn, nearest.Place, intro, cancellationToken).ConfigureAwait(false);
        }

        var found = PuskesmasFinder.Find(turn.Message.Text, places);
        if (found.Count == 1)
            return await AfterPuskesmasAsync(turn, found[0], null, cancellationToken).ConfigureAwait(false);
        if (found.Count > 1)
        {
            return HandlerResult.Ask(
                new DialogueState { Intent = Intent, Step = PickPuskesmasStep, Slots = new Dictionary<string, string> { ["options"] = string.Join(',', found.Select(p => p.Code)) } },
                PuskesmasTexts.PickPuskesmas(found));
        }

        if (dialogue is null)
            return HandlerResult.Ask(new DialogueState { Intent = Intent, Step = AskPuskesmasStep }, PuskesmasTexts.AskPuskesmas);
        return dialogue.InvalidAnswers == 0
            ? HandlerResult.Ask(dialogue with { Step = AskPuskesmasStep, InvalidAnswers = 1 }, PuskesmasTexts.PuskesmasNotFound)
            : HandlerResult.Say(PuskesmasTexts.GiveUpPuskesmas);
    }

    async ValueTask<HandlerResult> AfterPuskesmasAsync(Turn turn, PuskesmasPlace place, string? intro, CancellationToken cancellationToken)
    {
        var clinics = directory.Clinics(place.Code);
        if (ClinicChoice.Find(turn.Message.Text, clinics, acceptNumber: false) is { } clinic)
            return await TakeOrOfferAsync(turn, place, clinic, intro, cancellationToken).ConfigureAwait(false);
        return HandlerResult.Ask(
            new DialogueState { Intent = Intent, Step = AskClinicStep, Slots = new Dictionary<string, string> { ["puskesmas"] = place.Code } },
            PuskesmasTexts.AskClinic(place, clinics, intro));
    }

    /// <summary>Takes a number for today when registration is open, otherwise offers the next opening day.</summary>
    async ValueTask<HandlerResult> TakeOrOfferAsync(Turn turn, PuskesmasPlace place, Clinic clinic, string? intro, CancellationToken cancellationToken)
    {
        var schedule = directory.Schedule(place.Code);
        var today = Wib.Today(turn.Now);
        if (!schedule.TakesNumbersToday(turn.Now))
            return OfferNextDay(place, clinic, schedule, today, PuskesmasTexts.ClosedToday(place, schedule, today));
        if (clinic.IsPaused)
            return HandlerResult.Say(PuskesmasTexts.Paused(place, clinic));

        var result = await queue.TakeAsync(place.Code, clinic.Code, today, turn.Message.Sender, turn.Message.Channel, turn.Now, cancellationToken)
            .ConfigureAwait(false);
        return result.Outcome switch
        {
            TakeOutcome.QuotaFull => OfferNextDay(place, clinic, schedule, today, PuskesmasTexts.QuotaFull(place, clinic, today)),
            TakeOutcome.Paused => HandlerResult.Say(PuskesmasTexts.Paused(place, clinic)),
            _ => Answer(result, turn, intro),
        };
    }

    HandlerResult OfferNextDay(PuskesmasPlace place, Clinic clinic, OpeningSchedule schedule, DateOnly today, string reason)
    {
        if (schedule.NextOpenDayAfter(today) is not { } day)
            return HandlerResult.Say(reason + "\n\n" + PuskesmasTexts.NoOpenDay(place));
        return HandlerResult.Ask(
            new DialogueState
            {
                Intent = Intent,
                Step = ConfirmDayStep,
                Slots = new Dictionary<string, string> { ["puskesmas"] = place.Code, ["clinic"] = clinic.Code, ["day"] = StoredTime.Day(day) },
            },
            PuskesmasTexts.OfferDay(place, clinic, day, reason));
    }

    async ValueTask<HandlerResult> ConfirmDayAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        var words = WordsOf(turn.Message.Text);
        if (words.Overlaps(NoWords))
            return HandlerResult.Say(PuskesmasTexts.Declined);
        if (!words.Overlaps(YesWords))
            return dialogue.InvalidAnswers == 0 ? HandlerResult.Ask(dialogue with { InvalidAnswers = 1 }, PuskesmasTexts.AskYesNo) : HandlerResult.Say(PuskesmasTexts.Declined);

        var place = directory.Find(dialogue.Slots["puskesmas"])!;
        var clinic = directory.FindClinic(place.Code, dialogue.Slots["clinic"])!;
        var day = StoredTime.ParseDay(dialogue.Slots["day"]);
        var result = await queue.TakeAsync(place.Code, clinic.Code, day, turn.Message.Sender, turn.Message.Channel, turn.Now, cancellationToken)
            .ConfigureAwait(false);
        return result.Outcome == TakeOutcome.QuotaFull
            ? OfferNextDay(place, clinic, directory.Schedule(place.Code), day, PuskesmasTexts.QuotaFull(place, clinic, day))
            : Answer(result, turn, null);
    }

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
        var tickets = queue.ActiveTickets(turn.Message.Sender, turn.Now);
        if (tickets.Count == 0)
            return HandlerResult.Say(PuskesmasTexts.NoActiveTicket);
        if (tickets.Count == 1)
            return await CancelTicketAsync(turn, tickets[0].Id, cancellationToken).ConfigureAwait(false);
        return HandlerResult.Ask(
            new DialogueState { Intent = Intent, Step = PickCancelStep, Slots = new Dictionary<string, string> { ["tickets"] = string.Join(',', tickets.Select(t => t.Id)) } },
            PuskesmasTexts.PickTicketToCancel(tickets.Select(t => queue.Position(t, turn.Now)).ToList()));
    }

    async ValueTask<HandlerResult> CancelTicketAsync(Turn turn, long ticketId, CancellationToken cancellationToken)
    {
        var cancelled = await queue.CancelAsync(ticketId, turn.Message.Sender, turn.Now, cancellationToken).ConfigureAwait(false);
        if (cancelled is null)
            return HandlerResult.Say(PuskesmasTexts.NoActiveTicket);
        var place = directory.Find(cancelled.PuskesmasCode)!;
        return HandlerResult.Say(PuskesmasTexts.Cancelled(cancelled, place, directory.FindClinic(place.Code, cancelled.Clinic)!));
    }

    HandlerResult Hours(Turn turn)
    {
        var found = PuskesmasFinder.Find(turn.Message.Text, directory.All());
        if (found.Count != 1)
            return HandlerResult.Say("🕗 Pendaftaran puskesmas di Kota Semarang umumnya buka Senin–Kamis 07.00–12.00, Jumat 07.00–10.30 dan Sabtu 07.00–11.00 WIB.\n\n" +
                "Ketik *jam buka* diikuti nama puskesmas (misalnya _jam buka puskesmas halmahera_) untuk jadwal lengkapnya.");
        var place = found[0];
        return HandlerResult.Say(PuskesmasTexts.Hours(place, directory.Schedule(place.Code), directory.Clinics(place.Code)));
    }

    static bool IsCheck(HashSet<string> words) =>
        !words.Overlaps(TakeWords) && (words.Overlaps(CheckWords) || (words.Contains("saya") && words.Overlaps(QueueWords)));

    static int? Number(string text) =>
        int.TryParse(text.Trim().TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    static HashSet<string> WordsOf(string text) =>
        Words().Matches(text.ToLowerInvariant()).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);

        static readonly string[] CancelWords = ["batal", "batalkan", "membatalkan", "cancel"];
    static readonly string[] CheckWords = ["cek", "status", "posisi", "brp", "berapa", "sampai", "giliran"];
    static readonly string[] TakeWords = ["ambil", "daftar", "mendaftar", "minta", "booking", "pesan", "mau", "ingin", "pengen"];
    static readonly string[] QueueWords = ["nomor", "no", "antrean", "antrian", "antri", "antre"];
    static readonly string[] HoursWords = ["jam", "buka", "jadwal", "tutup"];
    static readonly string[] YesWords = ["ya", "iya", "y", "ok", "oke", "boleh", "mau", "setuju", "yes", "betul"];
    static readonly string[] NoWords = ["tidak", "tdk", "gak", "ga", "nggak", "enggak", "no", "jangan"];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
