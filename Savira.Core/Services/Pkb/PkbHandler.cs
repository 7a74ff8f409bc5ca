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

namespace Savira.Core.Services.Pkb;

/// <summary>
/// Vehicle tax: takes a plate number from the first message or asks for it (re-asking once with an
/// example), then answers with the vehicle, the annual amount and due date, the STNK's 5-year renewal
/// and where to pay.
/// </summary>
public sealed partial class PkbHandler(IVehicleTaxRecords records, IOptionsMonitor<PkbOptions> options, KnowledgeBase knowledge) : IServiceHandler
{
    const string AskPlate = "ask_plate";
    const string PlateExample = "H 1234 AB";
    public Intent Intent => Intent.Pkb;

    public async ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Understanding.Plate is { } plate)
            return await AnswerAsync(plate, turn, cancellationToken).ConfigureAwait(false);
        if (turn.Context?.Plate is { } earlier && (turn.AsksAboutTheCase() || turn.FollowUpOf is not null && IsLookupFollowUp(turn)))
            return await AnswerAsync(earlier, turn, cancellationToken).ConfigureAwait(false);
        var asking = new DialogueState { Intent = Intent, Step = AskPlate };
        if (ThreeDigits().IsMatch(turn.Message.Text)) // a plate attempt, not "2 tahun"
            return HandlerResult.Ask(asking with { InvalidAnswers = 1 }, WhatAPlateIs("Maaf, nomor polisi tersebut belum bisa saya kenali 🙏"));
        if (knowledge.Find(turn, Intent) is { } match)
            return KnowledgeBase.Answer(match.Entry, $"Mau cek pajak kendaraan Anda? Kirim *nomor polisi*-nya, contoh *{PlateExample}*.");
        return HandlerResult.Ask(asking,
            $"🚗 *Pajak Kendaraan (PKB) & STNK*\nSilakan kirim *nomor polisi* kendaraan Anda seperti tertulis di plat/STNK.\nContoh: *{PlateExample}*\n\n" +
            "Ingin bertanya hal lain, misalnya _syarat perpanjang STNK 5 tahunan_ atau _lokasi Samsat_? Tulis saja pertanyaannya.");
    }

    public async ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        if (PlateNumber.TryParse(turn.Message.Text, out var exact))
            return await AnswerAsync(exact, turn, cancellationToken).ConfigureAwait(false);
        if (turn.Understanding.Plate is { } plate)
            return await AnswerAsync(plate, turn, cancellationToken).ConfigureAwait(false);
        if (!ThreeDigits().IsMatch(turn.Message.Text) && knowledge.FindInstead(turn, Intent) is { } match)
            return KnowledgeBase.Answer(match.Entry, $"Bila ingin cek pajaknya, kirim *nomor polisi* kendaraan (contoh *{PlateExample}*).");
        return HandlerResult.AskAgainOnce(dialogue, WhatAPlateIs("Maaf, itu belum berupa nomor polisi 🙏"), "Maaf, nomor polisi tersebut masih belum bisa saya kenali 🙏 Silakan cek kembali STNK Anda, lalu ketik *pajak kendaraan* untuk mencoba lagi, atau ketik *menu*.");
    }

    /// <summary>A plate, or something with digits meant as one (it gets the explanation of how a plate is written).</summary>
    public bool IsAnswer(Turn turn, DialogueState dialogue) =>
        turn.Understanding.Plate is not null || PlateNumber.TryParse(turn.Message.Text, out _)
        || ThreeDigits().IsMatch(turn.Message.Text) && turn.Understanding.Nop is null && turn.Understanding.PdamCustomer is null && turn.Understanding.Nik is null;

    /// <summary>"kapan jatuh temponya?" after a lookup asks about the same vehicle.</summary>
    static bool IsLookupFollowUp(Turn turn) => turn.Understanding.Has("jatuh", "tempo", "kapan", "berapa", "tagihan", "pajaknya", "tunggakan");

    static string WhatAPlateIs(string opening) =>
        $"""
        {opening}
        Nomor polisi terdiri dari kode wilayah, angka, dan huruf di belakang, misalnya *{PlateExample}* (tanpa tanda baca juga boleh: H1234AB).
        Nomor ini tertulis di plat kendaraan dan di STNK. Silakan kirim lagi, atau ketik *batal*.
        """;

    async ValueTask<HandlerResult> AnswerAsync(PlateNumber plate, Turn turn, CancellationToken cancellationToken)
    {
        VehicleTax? vehicle;
        try
        {
            vehicle = await records.FindAsync(plate, cancellationToken).ConfigureAwait(false);
        }
        catch (CitySystemUnavailableException)
        {
            return HandlerResult.Say("Mohon maaf, sistem sedang sibuk 🙏 Data pajak kendaraan belum bisa dicek saat ini. Silakan coba lagi nanti.");
        }

        if (vehicle is null)
        {
            return HandlerResult.Say(
                $"Maaf, kendaraan dengan nomor polisi *{plate}* tidak ditemukan di data Samsat Kota Semarang 🙏\n" +
                "Mohon cocokkan kembali dengan STNK Anda. Kendaraan yang terdaftar di luar Jawa Tengah dicek di Samsat daerah asalnya.");
        }
        return HandlerResult.Say(Render(vehicle, Wib.Today(turn.Now)));
    }

    string Render(VehicleTax vehicle, DateOnly today)
    {
        var text = new StringBuilder();
        var kind = vehicle.Kind switch
        {
            VehicleKind.Motorcycle => "Sepeda motor",
            VehicleKind.GoodsVehicle => "Mobil barang",
            _ => "Mobil penumpang",
        };
        text.AppendLine("🚗 *Pajak Kendaraan (PKB)*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Nomor polisi: *{vehicle.Plate}*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Kendaraan: {kind}, {vehicle.Model} ({vehicle.YearMade})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Pemilik: {PersonName.Masked(vehicle.OwnerName)}");
        text.AppendLine();

        text.AppendLine("📅 *Pajak tahunan*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Jatuh tempo: {IndonesianFormat.Date(vehicle.TaxDueDate)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"PKB: {IndonesianFormat.Rupiah(vehicle.PkbAmount)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"SWDKLLJ (Jasa Raharja): {IndonesianFormat.Rupiah(vehicle.SwdklljAmount)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"*Jumlah: {IndonesianFormat.Rupiah(vehicle.PkbAmount + vehicle.SwdklljAmount)}*");
        if (vehicle.TaxDueDate < today)
            text.AppendLine("⚠️ Sudah *lewat jatuh tempo*: denda PKB dan SWDKLLJ akan ditambahkan saat membayar.");
        text.AppendLine();

        text.AppendLine("🪪 *STNK 5 tahunan*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Berlaku sampai: {IndonesianFormat.Date(vehicle.StnkDueDate)}");
        if (vehicle.StnkDueDate <= today.AddDays(options.CurrentValue.ReminderDays))
        {
            var (stnk, plate) = vehicle.Kind == VehicleKind.Motorcycle ? (100_000L, 60_000L) : (200_000L, 100_000L);
            text.AppendLine(vehicle.StnkDueDate < today ? "⚠️ STNK *sudah habis masa berlakunya*." : "⏰ STNK *segera habis masa berlakunya*.");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Perpanjangan 5 tahunan wajib datang ke Samsat *bersama kendaraannya* (cek fisik), membawa KTP asli, STNK dan BPKB asli. Biaya penerbitan STNK {IndonesianFormat.Rupiah(stnk)} dan plat nomor (TNKB) {IndonesianFormat.Rupiah(plate)}, di luar pajak tahunan.");
        }
        text.AppendLine();

        text.AppendLine("💳 *Tempat bayar:*");
        text.AppendLine(Channels());
        text.Append("Ketik *menu* untuk layanan lainnya.");
        return text.ToString();
    }

    string Channels() => string.Join('\n', options.CurrentValue.PaymentChannelsOrDefault.Select(channel => "• " + channel));

    [GeneratedRegex(@"\d{3,}")]
    private static partial Regex ThreeDigits();

}
