using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Savira.Core.Dialogue;
using Savira.Core.Privacy;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pbb;

/// <summary>
/// PBB: a NOP in the message → the tax object, each year's SPPT, the penalty and the total due; a question
/// (balik nama, keberatan, where to pay…) → the knowledge base; otherwise it asks for the NOP (re-asking once,
/// with an explanation of what a NOP looks like). The place is shown down to kelurahan and kecamatan; the street
/// address only to a citizen who then sends the last four digits of the owner's NIK (two tries; UU 27/2022 PDP).
/// </summary>
public sealed partial class PbbHandler(IPbbRecords records, PbbPenaltyRule penalties, IOptionsMonitor<PbbOptions> options, KnowledgeBase knowledge, NikProofLimit proofs)
    : IServiceHandler
{
    const string AskNop = "ask_nop";
    const string ConfirmNik = "confirm_nik";
    const string NopSlot = "nop";
    const string NopExample = "33.74.010.005.012-0345.0";
    const int YearsShown = 5;
    public Intent Intent => Intent.Pbb;

    public async ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Understanding.Nop is { } nop)
            return await AnswerAsync(nop, turn, cancellationToken).ConfigureAwait(false);
        if (turn.Context?.Nop is { } earlier && turn.AsksAboutTheCase())
            return await AnswerAsync(earlier, turn, cancellationToken).ConfigureAwait(false); // "sudah lunas belum?" after a lookup
        var asking = new DialogueState { Intent = Intent, Step = AskNop };
        if (LooksLikeANumber(turn.Message.Text))
            return HandlerResult.Ask(asking with { InvalidAnswers = 1 }, WhatANopIs("Maaf, nomor tersebut bukan NOP yang valid 🙏"));
        if (knowledge.Find(turn, Intent) is { } match)
        {
            // Right after a lookup the citizen has sent their NOP already: asking for it again reads as not listening.
            return KnowledgeBase.Answer(match.Entry, turn.Context?.Nop is not null
                ? "Ada pertanyaan lain tentang PBB? Tulis saja, atau ketik *menu*."
                : $"Mau cek tagihan PBB Anda? Kirim *NOP* (18 digit) dari lembar SPPT, contoh *{NopExample}*.");
        }
        return HandlerResult.Ask(asking,
            $"🏠 *PBB (Pajak Bumi dan Bangunan)*\nSilakan kirim *NOP* (Nomor Objek Pajak, 18 digit) yang tertera di lembar SPPT PBB Anda.\nContoh: *{NopExample}*\n\n" +
            "Ingin bertanya hal lain, misalnya _cara balik nama SPPT_ atau _tempat bayar PBB_? Tulis saja pertanyaannya.");
    }

    public async ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        if (dialogue.Step == ConfirmNik)
            return await FullAddressAsync(turn, dialogue, cancellationToken).ConfigureAwait(false);
        if (turn.Understanding.Nop is { } nop)
            return await AnswerAsync(nop, turn, cancellationToken).ConfigureAwait(false);
        if (!LooksLikeANumber(turn.Message.Text) && knowledge.FindInstead(turn, Intent) is { } match)
            return KnowledgeBase.Answer(match.Entry, $"Bila ingin cek tagihan, kirim *NOP* Anda (contoh *{NopExample}*).");
        return HandlerResult.AskAgainOnce(dialogue, WhatANopIs("Maaf, itu belum berupa NOP 🙏"), "Maaf, NOP tersebut masih belum bisa saya kenali 🙏 Silakan cek kembali lembar SPPT PBB Anda, lalu ketik *PBB* untuk mencoba lagi, atau ketik *menu*.");
    }

    /// <summary>A NOP, or a long number meant as one (it gets the explanation of how a NOP is written); four digits to the address offer.</summary>
    public bool IsAnswer(Turn turn, DialogueState dialogue) =>
        dialogue.Step == ConfirmNik ? NikProof.IsAttempt(turn.Message.Text) :
        turn.Understanding.Nop is not null
        || LooksLikeANumber(turn.Message.Text) && turn.Understanding.Plate is null && turn.Understanding.PdamCustomer is null && turn.Understanding.Nik is null;

    static string WhatANopIs(string opening) =>
        $"""
        {opening}
        *NOP* harus *18 digit*, ditulis seperti ini: *{NopExample}*
        (kode provinsi, kota, kecamatan, kelurahan, blok, nomor urut, dan jenis objek).

        NOP tercetak di bagian atas lembar *SPPT PBB* yang dibagikan setiap tahun, juga di struk pembayaran PBB tahun sebelumnya.
        Silakan kirim NOP Anda, atau ketik *batal*.
        """;

    async ValueTask<HandlerResult> AnswerAsync(Nop nop, Turn turn, CancellationToken cancellationToken)
    {
        PbbTaxObject? taxObject;
        try
        {
            taxObject = await records.FindAsync(nop, cancellationToken).ConfigureAwait(false);
        }
        catch (CitySystemUnavailableException)
        {
            return HandlerResult.Say($"Mohon maaf, sistem sedang sibuk 🙏 Data PBB untuk NOP *{nop}* belum bisa dicek saat ini. Silakan coba lagi nanti dalam beberapa menit.");
        }

        if (taxObject is null)
        {
            var elsewhere = nop.Province != "33" || nop.Regency != "74"
                ? "\nNOP Kota Semarang selalu diawali *33.74*; untuk daerah lain silakan hubungi Bapenda daerah tersebut."
                : "\nMohon cocokkan kembali dengan lembar SPPT Anda. Jika NOP sudah benar, silakan hubungi loket PBB Bapenda Kota Semarang.";
            return HandlerResult.Say($"Maaf, NOP *{nop}* tidak terdaftar di data PBB Kota Semarang 🙏{elsewhere}");
        }

        var today = Wib.Today(turn.Now);
        if (taxObject.OwnerNik is null || proofs.IsReached(turn.Message.Sender, turn.Now)) // nothing to check against, or too many wrong tries today
            return HandlerResult.Say(Render(nop, taxObject, today, offersAddress: false));
        var offer = new DialogueState { Intent = Intent, Step = ConfirmNik, Slots = new Dictionary<string, string> { [NopSlot] = nop.Digits }, IsOffer = true };
        return HandlerResult.Ask(offer, Render(nop, taxObject, today, offersAddress: true));
    }

    /// <summary>The answer to the address offer: the street address for the right four digits; one more try after wrong ones.</summary>
    async ValueTask<HandlerResult> FullAddressAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        if (!Nop.TryParse(dialogue.Slots.GetValueOrDefault(NopSlot), out var nop))
            return HandlerResult.Say("Maaf, alamat lengkap tidak dapat ditampilkan 🙏 Ketik *menu* untuk layanan lainnya.");
        PbbTaxObject? taxObject;
        try
        {
            taxObject = await records.FindAsync(nop, cancellationToken).ConfigureAwait(false);
        }
        catch (CitySystemUnavailableException)
        {
            return HandlerResult.Ask(dialogue, "Mohon maaf, sistem sedang sibuk 🙏 Silakan balas lagi 4 digit terakhir NIK pemilik dalam beberapa menit.");
        }

        if (taxObject is not null && NikProof.Matches(taxObject.OwnerNik, turn.Message.Text))
        {
            var address = string.Join(", ", new[] { taxObject.Address, Place(taxObject) }.Where(part => part.Length > 0));
            return HandlerResult.Say($"📍 *Alamat lengkap* objek pajak NOP *{nop}*:\n{address}\n\nKetik *menu* untuk layanan lainnya.");
        }
        await proofs.RecordFailureAsync(turn.Message.Sender, turn.Now, turn.Effects.Next(), cancellationToken).ConfigureAwait(false);
        return HandlerResult.AskAgainOnce(proofs.IsReached(turn.Message.Sender, turn.Now) ? dialogue with { InvalidAnswers = 1 } : dialogue,
            "Maaf, 4 digit tersebut tidak sesuai 🙏 Silakan periksa kembali KTP pemilik, lalu balas sekali lagi, atau ketik *menu*.",
            "Maaf, alamat lengkap tidak dapat ditampilkan 🙏 Pemilik objek pajak dapat menanyakannya di loket PBB Bapenda Kota Semarang dengan membawa KTP. Ketik *menu* untuk layanan lainnya.");
    }

    /// <summary>"Kel. Karangmalang, Kec. Mijen": the place without the street; a part the records lack is left out.</summary>
    static string Place(PbbTaxObject taxObject) => string.Join(", ",
        new[] { (Label: "Kel.", Name: taxObject.Kelurahan), (Label: "Kec.", Name: taxObject.Kecamatan) }
            .Where(part => !string.IsNullOrWhiteSpace(part.Name)).Select(part => $"{part.Label} {part.Name}"));

    string Render(Nop nop, PbbTaxObject taxObject, DateOnly today, bool offersAddress)
    {
        var text = new StringBuilder();
        text.AppendLine("🏠 *Informasi PBB*");
        text.AppendLine(CultureInfo.InvariantCulture, $"NOP: *{nop}*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Wajib pajak: {PersonName.Masked(taxObject.OwnerName)}");
        if (Place(taxObject) is { Length: > 0 } place) // never the street: a NOP is easy to come by (UU 27/2022 PDP)
            text.AppendLine(CultureInfo.InvariantCulture, $"Letak objek: {place}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Luas tanah: {taxObject.LandArea} m² · Luas bangunan: {taxObject.BuildingArea} m²");
        text.AppendLine();

        if (taxObject.Bills.Count == 0)
        {
            text.AppendLine("Belum ada SPPT yang terbit untuk NOP ini.");
        }
        else
        {
            text.AppendLine("📄 *SPPT per tahun:*");
            var unpaid = taxObject.Bills.Where(bill => bill.PaidOn is null).ToList();
            var shown = unpaid.Concat(taxObject.Bills.Where(bill => bill.PaidOn is not null))
                .Take(Math.Max(YearsShown, unpaid.Count)).OrderByDescending(bill => bill.Year);
            foreach (var bill in shown)
                AppendBill(text, bill, today);
            text.AppendLine();

            var principal = unpaid.Sum(bill => bill.Amount);
            var penalty = unpaid.Sum(bill => penalties.Penalty(bill, today));
            if (unpaid.Count == 0)
                text.AppendLine("✅ *Tidak ada tunggakan.* Terima kasih sudah membayar PBB tepat waktu 🙏");
            else if (penalty == 0)
                text.AppendLine(CultureInfo.InvariantCulture, $"*Total yang harus dibayar: {IndonesianFormat.Rupiah(principal)}*");
            else
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"*Total yang harus dibayar: {IndonesianFormat.Rupiah(principal + penalty)}*\n(pokok {IndonesianFormat.Rupiah(principal)} + denda {IndonesianFormat.Rupiah(penalty)}, dihitung per hari ini)");
        }

        text.AppendLine();
        text.AppendLine("💳 *Cara & tempat bayar:*");
        text.AppendLine(Channels());
        text.Append("Ketik *menu* untuk layanan lainnya.");
        if (offersAddress)
            text.Append("\nUntuk melihat alamat lengkap, balas 4 digit terakhir NIK pemilik.");
        return text.ToString();
    }

    void AppendBill(StringBuilder text, PbbBill bill, DateOnly today)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"• *{bill.Year}*: {IndonesianFormat.Rupiah(bill.Amount)}, jatuh tempo {IndonesianFormat.Date(bill.DueDate)}");
        if (bill.PaidOn is { } paidOn)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"   ✅ Lunas, dibayar {IndonesianFormat.Date(paidOn)}");
            return;
        }
        var months = penalties.MonthsLate(bill, today);
        text.AppendLine(months == 0
            ? "   ⏳ Belum dibayar (belum jatuh tempo)"
            : string.Create(CultureInfo.InvariantCulture,
                $"   ❌ Belum dibayar · denda {IndonesianFormat.Rupiah(penalties.Penalty(bill, today))} ({months} bulan × {penalties.MonthlyPercent.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',')}%)"));
    }

    string Channels() => string.Join('\n', options.CurrentValue.PaymentChannelsOrDefault.Select(channel => "• " + channel));

    /// <summary>A run of eight or more digits (with dots or dashes) that is not a NOP: an attempt worth explaining.</summary>
    static bool LooksLikeANumber(string text) => NumberRun().Matches(text).Any(match => match.Value.Count(char.IsAsciiDigit) >= 8);

    [GeneratedRegex(@"\d[\d.\-\s]*\d")]
    private static partial Regex NumberRun();
}
