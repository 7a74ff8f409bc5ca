using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Savira.Core.Dialogue;
using Savira.Core.Privacy;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;
using Savira.Core.Services.Regions;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pdam;

/// <summary>
/// PDAM Tirta Moedal. A customer number → the latest bills. "Air mati" with a kecamatan/kelurahan or a shared
/// location → the outages operators entered there, or, when none is known, an offer to record a report.
/// The bills show the place down to kelurahan and kecamatan; the street address only to a citizen who then sends
/// the last four digits of the customer's NIK (two tries; UU 27/2022 PDP).
/// </summary>
public sealed partial class PdamHandler(
    IPdamBilling billing, IPdamOutages outages, CityAreas areas, IOptionsMonitor<PdamOptions> options, KnowledgeBase knowledge, NikProofLimit proofs) : IServiceHandler
{
    const string AskCustomer = "ask_customer";
    const string AskArea = "ask_area";
    const string ConfirmReport = "confirm_report";
    const string ConfirmNik = "confirm_nik";
    const string CustomerSlot = "customer_number";
    const string AreaExample = "*Tlogosari Kulon* atau *Kecamatan Tembalang*";

    public Intent Intent => Intent.Pdam;

    int NumberLength => options.CurrentValue.CustomerNumberLength;

    public async ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        var text = turn.Message.Text;
        if (CustomerNumber(turn) is { } number)
            return await BillsAsync(number, turn, cancellationToken).ConfigureAwait(false);

        var area = AreaOf(turn);
        if (area is null && turn.AsksAboutTheCase() && areas.FindIn(turn.FollowUpOf!.Text) is { } earlier)
            return await OutagesAsync(earlier, turn, cancellationToken).ConfigureAwait(false); // "sampai jam berapa?" after an outage
        if (turn.AsksAboutTheCase() && CustomerNumberIn(turn.Context) is { } looked)
            return await BillsAsync(looked, turn, cancellationToken).ConfigureAwait(false);
        var outage = OutageWords().IsMatch(text);
        if (turn.Message.Location is not null || outage && area is not null)
        {
            return area is null
                ? HandlerResult.Ask(new DialogueState { Intent = Intent, Step = AskArea }, AskWhere("Maaf, lokasi yang Anda kirim berada di luar wilayah layanan Kota Semarang 🙏"))
                : await OutagesAsync(area, turn, cancellationToken).ConfigureAwait(false);
        }
        if (outage)
            return HandlerResult.Ask(new DialogueState { Intent = Intent, Step = AskArea }, AskWhere("💧 Mohon maaf atas gangguan airnya 🙏"));
        if (knowledge.Find(turn, Intent) is { } match)
            return KnowledgeBase.Answer(match.Entry, $"Untuk cek tagihan, kirim *nomor pelanggan* ({NumberLength} digit); untuk info gangguan, tulis *air mati* dan nama kelurahan Anda.");
        if (area is not null && !BillWords().IsMatch(text))
            return await OutagesAsync(area, turn, cancellationToken).ConfigureAwait(false);

        var asking = new DialogueState { Intent = Intent, Step = AskCustomer };
        return DigitRun().IsMatch(text)
            ? HandlerResult.Ask(asking with { InvalidAnswers = 1 }, WhatANumberIs("Maaf, nomor pelanggan tersebut tidak sesuai 🙏"))
            : HandlerResult.Ask(asking,
                $"💧 *PDAM Tirta Moedal*\nUntuk cek tagihan air, silakan kirim *nomor pelanggan* Anda ({NumberLength} digit, tertera di rekening/struk air). Contoh: *{Example()}*\n\n" +
                "Untuk info *air mati*, tulis nama kelurahan/kecamatan Anda (misalnya: air mati Tembalang) atau kirim 📍 lokasi. Pertanyaan lain (pasang baru, air keruh, meter rusak…) tulis saja.");
    }

    /// <summary>The customer number in the message, or (for "tagihannya berapa?" after a lookup) the one looked up before.</summary>
    PdamCustomerNumber? CustomerNumber(Turn turn)
    {
        if (turn.Understanding.PdamCustomer is { } written && PdamCustomerNumber.TryParse(written, NumberLength, out var number))
            return number;
        return PdamCustomerNumber.FindIn(turn.Message.Text, NumberLength);
    }

    PdamCustomerNumber? CustomerNumberIn(MessageUnderstanding? understanding) =>
        understanding?.PdamCustomer is { } written && PdamCustomerNumber.TryParse(written, NumberLength, out var number) ? number : null;

    /// <summary>A customer number or a place when those were asked; a yes or no to the offer to report; four digits to the address offer.</summary>
    public bool IsAnswer(Turn turn, DialogueState dialogue) => dialogue.Step switch
    {
        AskCustomer => CustomerNumber(turn) is not null || DigitRun().IsMatch(turn.Message.Text) && turn.Understanding.Nop is null && turn.Understanding.Plate is null,
        AskArea => AreaOf(turn) is not null || turn.Message.Location is not null,
        ConfirmReport => Yes().IsMatch(Answer(turn)) || No().IsMatch(Answer(turn)),
        ConfirmNik => NikProof.IsAttempt(turn.Message.Text),
        _ => false,
    };

    static string Answer(Turn turn) => turn.Message.Text.Trim().TrimEnd('.', '!').ToLowerInvariant();

    public async ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        var text = turn.Message.Text;
        switch (dialogue.Step)
        {
            case AskCustomer:
                var answered = PdamCustomerNumber.TryParse(text, NumberLength, out var typed) ? typed : CustomerNumber(turn);
                if (answered is { } number)
                    return await BillsAsync(number, turn, cancellationToken).ConfigureAwait(false);
                if (AreaOf(turn) is { } area)
                    return await OutagesAsync(area, turn, cancellationToken).ConfigureAwait(false);
                if (turn.Message.Location is not null || OutageWords().IsMatch(text))
                    return HandlerResult.Ask(new DialogueState { Intent = Intent, Step = AskArea }, AskWhere("💧 Mohon maaf atas gangguan airnya 🙏"));
                if (!DigitRun().IsMatch(text) && knowledge.FindInstead(turn, Intent) is { } match)
                    return KnowledgeBase.Answer(match.Entry, $"Bila ingin cek tagihan, kirim *nomor pelanggan* Anda ({NumberLength} digit).");
                return HandlerResult.AskAgainOnce(dialogue, WhatANumberIs("Maaf, itu belum berupa nomor pelanggan 🙏"), "Maaf, nomor pelanggan tersebut masih belum bisa saya kenali 🙏 Silakan cek kembali rekening air Anda, lalu ketik *PDAM* untuk mencoba lagi, atau ketik *menu*.");

            case AskArea:
                if (AreaOf(turn) is { } where)
                    return await OutagesAsync(where, turn, cancellationToken).ConfigureAwait(false);
                return HandlerResult.AskAgainOnce(dialogue, $"Maaf, wilayah tersebut belum saya kenali 🙏 Tulis nama *kelurahan* atau *kecamatan* di Kota Semarang, misalnya {AreaExample}, atau kirim 📍 lokasi Anda. Ketik *batal* untuk berhenti.", "Maaf, wilayahnya masih belum bisa saya kenali 🙏 Silakan ketik *air mati* diikuti nama kelurahan/kecamatan Anda untuk mencoba lagi, atau ketik *menu*.");

            case ConfirmReport:
                return await ConfirmReportAsync(turn, dialogue, cancellationToken).ConfigureAwait(false);

            case ConfirmNik:
                return await FullAddressAsync(turn, dialogue, cancellationToken).ConfigureAwait(false);

            default:
                return await StartAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }

    Area? AreaOf(Turn turn)
    {
        if (areas.FindIn(turn.Message.Text) is { } named)
            return named;
        if (turn.Message.Location is not { } location)
            return null;
        var written = string.Join(' ', new[] { location.Label, location.Address }.OfType<string>());
        return (written.Length > 0 ? areas.FindIn(written) : null) ?? areas.Nearest(location);
    }

    string Example() => NumberLength == 8 ? "01230045" : string.Concat(Enumerable.Range(1, NumberLength).Select(i => (char)('0' + i % 10)));

    string WhatANumberIs(string opening) =>
        $"{opening}\nNomor pelanggan PDAM Tirta Moedal terdiri dari *{NumberLength} digit* angka, misalnya *{Example()}*. " +
        "Nomor ini tercetak di rekening/struk pembayaran air. Silakan kirim lagi, atau ketik *batal*.";

    static string AskWhere(string opening) =>
        $"{opening}\nDi *kelurahan* atau *kecamatan* mana air Anda mati? Contoh: {AreaExample}.\nAnda juga bisa mengirim 📍 *lokasi* lewat WhatsApp.";

    async ValueTask<HandlerResult> BillsAsync(PdamCustomerNumber number, Turn turn, CancellationToken cancellationToken)
    {
        PdamAccount? account;
        try
        {
            account = await billing.FindAsync(number, options.CurrentValue.BillsShown, cancellationToken).ConfigureAwait(false);
        }
        catch (CitySystemUnavailableException)
        {
            return HandlerResult.Say("Mohon maaf, sistem sedang sibuk 🙏 Tagihan air belum bisa dicek saat ini. Silakan coba lagi nanti.");
        }

        if (account is null)
            return HandlerResult.Say($"Maaf, nomor pelanggan *{number}* tidak terdaftar di PDAM Tirta Moedal 🙏 Mohon cocokkan kembali dengan rekening air Anda.");

        var text = new StringBuilder();
        text.AppendLine("💧 *Tagihan PDAM Tirta Moedal*");
        text.AppendLine(CultureInfo.InvariantCulture, $"No. pelanggan: *{account.CustomerNumber}*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Nama: {PersonName.Masked(account.Name)}");
        // Never the street: a customer number is easy to come by (UU 27/2022 PDP).
        text.AppendLine(CultureInfo.InvariantCulture, $"Wilayah: Kel. {account.Kelurahan}, Kec. {account.Kecamatan}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Golongan: {account.Tariff}");
        text.AppendLine();
        if (account.Bills.Count == 0)
            text.AppendLine("Belum ada tagihan untuk nomor ini.");
        foreach (var bill in account.Bills)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"• *{IndonesianFormat.MonthName(bill.Month)} {bill.Year}*: {bill.UsageM3} m³, {IndonesianFormat.Rupiah(bill.Amount)}");
            text.AppendLine(bill.PaidOn is { } paidOn
                ? $"   ✅ Lunas, dibayar {IndonesianFormat.Date(paidOn)}"
                : $"   ❌ Belum dibayar (jatuh tempo {IndonesianFormat.Date(bill.DueDate)})");
        }
        var unpaid = account.Bills.Where(bill => bill.PaidOn is null).Sum(bill => bill.Amount);
        text.AppendLine();
        text.AppendLine(unpaid == 0
            ? "✅ *Semua tagihan sudah lunas.* Terima kasih 🙏"
            : $"*Total belum dibayar: {IndonesianFormat.Rupiah(unpaid)}* (belum termasuk denda keterlambatan, bila ada)");
        text.AppendLine();
        text.AppendLine("💳 *Tempat bayar:*");
        foreach (var channel in options.CurrentValue.PaymentChannelsOrDefault)
            text.AppendLine(CultureInfo.InvariantCulture, $"• {channel}");
        text.Append("Ketik *menu* untuk layanan lainnya.");
        if (account.OwnerNik is null || proofs.IsReached(turn.Message.Sender, turn.Now)) // nothing to check against, or too many wrong tries today
            return HandlerResult.Say(text.ToString());
        text.Append("\nUntuk melihat alamat lengkap, balas 4 digit terakhir NIK pelanggan.");
        var offer = new DialogueState { Intent = Intent, Step = ConfirmNik, Slots = new Dictionary<string, string> { [CustomerSlot] = number.Digits }, IsOffer = true };
        return HandlerResult.Ask(offer, text.ToString());
    }

    /// <summary>The answer to the address offer: the street address for the right four digits; one more try after wrong ones.</summary>
    async ValueTask<HandlerResult> FullAddressAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        if (!PdamCustomerNumber.TryParse(dialogue.Slots.GetValueOrDefault(CustomerSlot), NumberLength, out var number))
            return HandlerResult.Say("Maaf, alamat lengkap tidak dapat ditampilkan 🙏 Ketik *menu* untuk layanan lainnya.");
        PdamAccount? account;
        try
        {
            account = await billing.FindAsync(number, 0, cancellationToken).ConfigureAwait(false);
        }
        catch (CitySystemUnavailableException)
        {
            return HandlerResult.Ask(dialogue, "Mohon maaf, sistem sedang sibuk 🙏 Silakan balas lagi 4 digit terakhir NIK pelanggan dalam beberapa menit.");
        }

        if (account is not null && NikProof.Matches(account.OwnerNik, turn.Message.Text))
            return HandlerResult.Say(
                $"📍 *Alamat lengkap* pelanggan *{account.CustomerNumber}*:\n{account.Address}, Kel. {account.Kelurahan}, Kec. {account.Kecamatan}\n\nKetik *menu* untuk layanan lainnya.");
        await proofs.RecordFailureAsync(turn.Message.Sender, turn.Now, turn.Effects.Next(), cancellationToken).ConfigureAwait(false);
        return HandlerResult.AskAgainOnce(proofs.IsReached(turn.Message.Sender, turn.Now) ? dialogue with { InvalidAnswers = 1 } : dialogue,
            "Maaf, 4 digit tersebut tidak sesuai 🙏 Silakan periksa kembali KTP pelanggan, lalu balas sekali lagi, atau ketik *menu*.",
            "Maaf, alamat lengkap tidak dapat ditampilkan 🙏 Pelanggan dapat menanyakannya di kantor pelayanan PDAM Tirta Moedal dengan membawa KTP. Ketik *menu* untuk layanan lainnya.");
    }

    async ValueTask<HandlerResult> OutagesAsync(Area area, Turn turn, CancellationToken cancellationToken)
    {
        var known = await outages.FindOpenAsync(area, cancellationToken).ConfigureAwait(false);
        if (known.Count == 0)
        {
            var slots = new Dictionary<string, string>
            {
                ["kecamatan_id"] = area.KecamatanId.ToString(CultureInfo.InvariantCulture),
                ["kecamatan"] = area.Kecamatan,
            };
            if (area.KelurahanId is { } kelurahanId)
            {
                slots["kelurahan_id"] = kelurahanId.ToString(CultureInfo.InvariantCulture);
                slots["kelurahan"] = area.Kelurahan!;
            }
            if (turn.Message.Location is { } location)
            {
                slots["latitude"] = location.Latitude.ToString("R", CultureInfo.InvariantCulture);
                slots["longitude"] = location.Longitude.ToString("R", CultureInfo.InvariantCulture);
            }
            slots["text"] = turn.Message.Text.Length > 300 ? turn.Message.Text[..300] : turn.Message.Text;
            return HandlerResult.Ask(new DialogueState { Intent = Intent, Step = ConfirmReport, Slots = slots, IsOffer = true },
                $"ℹ️ Saat ini *belum ada info gangguan air* di *{area}*.\n\nApakah Anda ingin *melaporkan* air mati di sana ke PDAM Tirta Moedal? Balas *ya* untuk melapor atau *tidak*.");
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"⚠️ *Ada gangguan air yang sudah diketahui* di {area}:");
        foreach (var outage in known)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"📍 *{outage.Area}*");
            text.AppendLine(outage.Description);
            text.AppendLine(outage.StartsAt > turn.Now
                ? $"Dijadwalkan mulai: {IndonesianFormat.DateTime(outage.StartsAt)}"
                : $"Sejak: {IndonesianFormat.DateTime(outage.StartsAt)}");
            text.AppendLine(outage.ExpectedEndAt is { } end
                ? $"Perkiraan air normal kembali: *{IndonesianFormat.DateTime(end)}*"
                : "Perkiraan air normal kembali: belum dapat dipastikan, petugas sedang menangani.");
        }
        text.AppendLine();
        text.Append("Mohon maaf atas ketidaknyamanannya 🙏 Ketik *menu* untuk layanan lainnya.");
        return HandlerResult.Say(text.ToString());
    }

    async ValueTask<HandlerResult> ConfirmReportAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        var answer = turn.Message.Text.Trim().TrimEnd('.', '!').ToLowerInvariant();
        if (No().IsMatch(answer))
            return HandlerResult.Say("Baik, laporan tidak dibuat 👍 Ketik *menu* untuk layanan lainnya.");
        if (!Yes().IsMatch(answer))
        {
            return HandlerResult.AskAgainOnce(dialogue, "Maaf, mohon balas *ya* untuk melaporkan air mati, atau *tidak* bila tidak jadi 🙏", "Baik, laporan belum dibuat. Ketik *air mati* diikuti nama kelurahan Anda bila ingin melapor, atau ketik *menu*.");
        }

        var slots = dialogue.Slots;
        var area = new Area(
            long.Parse(slots["kecamatan_id"], CultureInfo.InvariantCulture), slots["kecamatan"],
            slots.TryGetValue("kelurahan_id", out var kelurahanId) ? long.Parse(kelurahanId, CultureInfo.InvariantCulture) : null,
            slots.GetValueOrDefault("kelurahan"));
        var id = await outages.ReportAsync(new PdamOutageReport
        {
            Sender = turn.Message.Sender,
            Area = area,
            AreaText = slots.GetValueOrDefault("text"),
            Latitude = slots.TryGetValue("latitude", out var latitude) ? double.Parse(latitude, CultureInfo.InvariantCulture) : null,
            Longitude = slots.TryGetValue("longitude", out var longitude) ? double.Parse(longitude, CultureInfo.InvariantCulture) : null,
            CreatedAt = turn.Now,
        }, turn.Effects.Next(), cancellationToken).ConfigureAwait(false);
        return HandlerResult.Say(
            $"✅ Terima kasih, laporan air mati di *{area}* sudah kami catat dengan nomor *PDAM-{id:000000}*.\n" +
            "Petugas PDAM Tirta Moedal akan menindaklanjuti. Ketik *menu* untuk layanan lainnya.");
    }

    [GeneratedRegex(@"\b(mati|gangguan|ngalir|mengalir|macet|seret|kecil|nggak keluar|gak keluar|tidak keluar)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutageWords();

    [GeneratedRegex(@"\b(tagihan|rekening|bayar|pembayaran|pemakaian|meteran)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BillWords();

    [GeneratedRegex(@"(?<![\d.\-])\d{4,}(?![\d])")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"^(ya|iya|iyaa+|y|yes|ok|oke|okey|boleh|mau|lapor|laporkan|siap|nggih|injih)(\s.*)?$")]
    private static partial Regex Yes();

    [GeneratedRegex(@"^(tidak|tdk|gak|ga|nggak|ngga|enggak|engga|no|ndak|mboten|jangan|ora)(\s.*)?$")]
    private static partial Regex No();
}
