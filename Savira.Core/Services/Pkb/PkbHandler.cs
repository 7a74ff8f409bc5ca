using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Savira.Core.Dialogue;
using Savira.Core.Privacy;
using Savira.Core.Replies;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pkb;

/// <summary>
/// Vehicle tax: takes a plate number from the first message or asks for it (re-asking once with an
/// example), then answers with the vehicle, the annual amount and due date, the STNK's 5-year renewal
/// and where to pay.
/// </summary>
public sealed partial class PkbHandler(IVehicleTaxRecords records, IOptionsMonitor<PkbOptions> options) : IServiceHandler
{
    const string AskPlate = "ask_plate";
    const string PlateExample = "H 1234 AB";
    public Intent Intent => Intent.Pkb;

    public async ValueTask<HandlerResult> StartAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (PlateNumber.FindIn(turn.Message.Text) is { } plate)
            return await AnswerAsync(plate, turn, cancellationToken).ConfigureAwait(false);
        var asking = new DialogueState { Intent = Intent, Step = AskPlate };
        return ThreeDigits().IsMatch(turn.Message.Text) // a plate attempt, not "2 tahun"
            ? HandlerResult.Ask(asking with { InvalidAnswers = 1 }, WhatAPlateIs("Maaf, nomor polisi tersebut belum bisa saya kenali 🙏"))
            : HandlerResult.Ask(asking, PaymentQuestion().IsMatch(turn.Message.Text)
                ? $"🚗 *Tempat bayar pajak kendaraan:*\n{Channels()}\n\nMau cek jumlah dan jatuh temponya? Kirim *nomor polisi* kendaraan Anda. Contoh: *{PlateExample}*"
                : $"🚗 *Pajak Kendaraan (PKB) & STNK*\nSilakan kirim *nomor polisi* kendaraan Anda seperti tertulis di plat/STNK.\nContoh: *{PlateExample}*");
    }

    public async ValueTask<HandlerResult> ContinueAsync(Turn turn, DialogueState dialogue, CancellationToken cancellationToken)
    {
        if (PlateNumber.TryParse(turn.Message.Text, out var exact))
            return await AnswerAsync(exact, turn, cancellationToken).ConfigureAwait(false);
        if (PlateNumber.FindIn(turn.Message.Text) is { } plate)
            return await AnswerAsync(plate, turn, cancellationToken).ConfigureAwait(false);
        return dialogue.InvalidAnswers == 0
            ? HandlerResult.Ask(dialogue with { InvalidAnswers = 1 }, WhatAPlateIs("Maaf, itu belum berupa nomor polisi 🙏"))
            : HandlerResult.Say("Maaf, nomor polisi tersebut masih belum bisa saya kenali 🙏 Silakan cek kembali STNK Anda, lalu ketik *pajak kendaraan* untuk mencoba lagi, atau ketik *menu*.");
    }

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

    [GeneratedRegex(@"\b(bayar|mbayar|membayar|pembayaran|dimana|di mana|cara)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaymentQuestion();
}
