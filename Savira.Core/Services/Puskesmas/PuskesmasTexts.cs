using System.Globalization;
using System.Text;
using System.Text.Json;
using Savira.Core.Replies;

namespace Savira.Core.Services.Puskesmas;

/// <summary>What citizens read about their queue numbers: short, warm, in Indonesian, WhatsApp-formatted.</summary>
public static class PuskesmasTexts
{
    public const string Footer = "Ketik *antrean saya* untuk cek posisi, *batalkan antrean* untuk membatalkan, atau *menu* untuk layanan lain.";

    public static string AskPuskesmas =>
        "🩺 *Antrean Puskesmas*\nDi puskesmas mana Anda ingin mengambil nomor antrean?\n\n" +
        "Ketik *nama puskesmas* (misalnya _Halmahera_) atau *kecamatan* Anda, atau kirim 📍 *lokasi* Anda untuk mencari puskesmas terdekat.";

    public static string PuskesmasNotFound =>
        "Maaf, puskesmas tersebut belum saya temukan 🙏 Coba ketik nama puskesmas (misalnya _Kedungmundu_) atau nama kecamatan, " +
        "atau kirim 📍 lokasi Anda. Ketik *batal* untuk berhenti.";

    public static string GiveUpPuskesmas =>
        "Maaf, puskesmasnya belum bisa saya kenali 🙏 Ketik *antrean puskesmas* untuk mencoba lagi, atau *menu* untuk layanan lainnya.";

    public static string PickPuskesmas(IReadOnlyList<PuskesmasPlace> places, string? intro = null)
    {
        var text = new StringBuilder(intro ?? "Ada beberapa puskesmas yang cocok:").Append('\n');
        for (var i = 0; i < places.Count; i++)
            text.Append('\n').Append('*').Append(i + 1).Append(".* ").Append(places[i].Name).Append(" (Kec. ").Append(places[i].Kecamatan).Append(')');
        return text.Append("\n\nBalas dengan *nomor* pilihan Anda.").ToString();
    }

    public static string AskClinic(PuskesmasPlace place, IReadOnlyList<Clinic> clinics, string? intro = null)
    {
        var text = new StringBuilder();
        if (intro is not null)
            text.Append(intro).Append("\n\n");
        text.Append("🏥 *").Append(place.Name).Append("*\n").Append(place.Address).Append(", Kec. ").Append(place.Kecamatan).Append("\n\nPilih poli:");
        for (var i = 0; i < clinics.Count; i++)
            text.Append('\n').Append('*').Append(i + 1).Append(".* ").Append(clinics[i].Name).Append(clinics[i].IsPaused ? " (sedang jeda)" : "");
        return text.Append("\n\nBalas dengan *nomor* poli.").ToString();
    }

    public static string ClinicNotFound(IReadOnlyList<Clinic> clinics) =>
        $"Maaf, pilihan poli belum saya kenali 🙏 Balas dengan angka *1* sampai *{clinics.Count}*, atau ketik *batal*.";

    public static string Taken(QueuePosition position, string? intro = null)
    {
        var text = new StringBuilder();
        if (intro is not null)
            text.Append(intro).Append("\n\n");
        text.Append("✅ *Nomor antrean Anda: ").Append(position.Clinic.Ticket(position.Ticket.Number)).Append("*\n");
        AppendDetails(text, position);
        return text.Append("\n\nMohon datang sebelum perkiraan waktu dan bawa KTP/kartu BPJS. Kami akan mengingatkan Anda lewat WhatsApp saat giliran Anda hampir tiba 🙏\n\n")
            .Append(Footer).ToString();
    }

    public static string AlreadyHolding(QueuePosition position) =>
        new StringBuilder("Anda sudah memiliki nomor antrean di ").Append(position.Place.Name).Append(" untuk hari tersebut 😊\n\n")
            .Append("🎫 *").Append(position.Clinic.Ticket(position.Ticket.Number)).Append("*\n")
            .Append(Details(position)).Append("\n\nSatu warga hanya dapat memegang satu nomor per puskesmas per hari. ")
            .Append("Ketik *batalkan antrean* bila ingin mengganti poli.").ToString();

    public static string Status(IReadOnlyList<QueuePosition> positions, DateOnly today)
    {
        var text = new StringBuilder(positions.Count == 1 ? "🎫 *Antrean Anda*" : "🎫 *Antrean-antrean Anda*");
        foreach (var position in positions)
        {
            text.Append("\n\n*").Append(position.Clinic.Ticket(position.Ticket.Number)).Append('*');
            if (position.Ticket.Status == QueueTicket.Called)
                text.Append(" — 📣 *nomor Anda sedang dipanggil*, silakan menuju ").Append(position.Clinic.Name).Append('!');
            text.Append('\n').Append(Details(position, today));
        }
        return text.Append("\n\n").Append(Footer).ToString();
    }

    public static string NoActiveTicket =>
        "Anda belum memiliki nomor antrean puskesmas yang aktif 😊 Ketik *ambil antrean* untuk mengambil nomor.";

    public static string Cancelled(QueueTicket ticket, PuskesmasPlace place, Clinic clinic) =>
        $"Nomor antrean *{clinic.Ticket(ticket.Number)}* di {place.Name} ({clinic.Name}, {IndonesianFormat.Date(ticket.Day)}) sudah dibatalkan 👍\n" +
        "Tempat Anda kami berikan ke warga berikutnya. Semoga lekas sehat! Ketik *menu* untuk layanan lainnya.";

    public static string PickTicketToCancel(IReadOnlyList<QueuePosition> positions)
    {
        var text = new StringBuilder("Nomor antrean mana yang ingin dibatalkan?\n");
        for (var i = 0; i < positions.Count; i++)
        {
            var p = positions[i];
            text.Append("\n*").Append(i + 1).Append(".* ").Append(p.Clinic.Ticket(p.Ticket.Number)).Append(" — ")
                .Append(p.Place.Name).Append(", ").Append(p.Clinic.Name).Append(", ").Append(IndonesianFormat.Date(p.Ticket.Day));
        }
        return text.Append("\n\nBalas dengan *nomor* pilihan, atau ketik *batal*.").ToString();
    }

    public static string Paused(PuskesmasPlace place, Clinic clinic) =>
        $"Mohon maaf, {clinic.Name} {place.Name} sedang *tidak menerima antrean baru* untuk sementara 🙏 " +
        "Silakan coba beberapa saat lagi, atau pilih poli lain dengan mengetik *ambil antrean*.";

    public static string OfferDay(PuskesmasPlace place, Clinic clinic, DateOnly day, string reason) =>
        $"{reason}\n\nApakah Anda ingin mengambil nomor {clinic.Name} {place.Name} untuk *{IndonesianFormat.Date(day)}*? Balas *ya* atau *tidak*.";

    public static string ClosedToday(PuskesmasPlace place, OpeningSchedule schedule, DateOnly today) =>
        schedule.On(today) is { } hours
            ? $"Pendaftaran {place.Name} hari ini sudah ditutup (loket buka pukul {IndonesianFormat.Time(hours.OpensAt)}–{IndonesianFormat.Time(hours.ClosesAt)} WIB) 🙏"
            : $"{place.Name} tutup pada hari {IndonesianFormat.DayName(today.DayOfWeek)} 🙏";

    public static string QuotaFull(PuskesmasPlace place, Clinic clinic, DateOnly day) =>
        $"Mohon maaf, kuota {clinic.Name} {place.Name} untuk {IndonesianFormat.Date(day)} sudah *penuh* ({clinic.DailyQuota} nomor) 🙏";

    public static string NoOpenDay(PuskesmasPlace place) =>
        $"Mohon maaf, {place.Name} belum memiliki jadwal pendaftaran dalam dua minggu ke depan 🙏 Ketik *menu* untuk layanan lainnya.";

    public static string ClosedOn(PuskesmasPlace place, DateOnly day) =>
        $"{place.Name} tutup pada {IndonesianFormat.Date(day)} 🙏";

    public static string TooFarAhead(DateOnly day, int daysAhead) =>
        $"Maaf, nomor antrean baru bisa diambil paling cepat {daysAhead} hari sebelumnya 🙏 Untuk {IndonesianFormat.Date(day)}, silakan ambil mulai {IndonesianFormat.Date(day.AddDays(-daysAhead))}.";

    public static string Places(IReadOnlyList<PuskesmasPlace> places)
    {
        var text = new StringBuilder("📍 *Puskesmas di sekitar sana:*");
        foreach (var place in places)
            text.Append("\n• *").Append(place.Name).Append("* — ").Append(place.Address).Append(", Kec. ").Append(place.Kecamatan);
        return text.Append("\n\nKetik *jam buka* diikuti nama puskesmas untuk jam pendaftarannya, atau *ambil antrean* diikuti nama puskesmas dan poli untuk nomor antrean.").ToString();
    }

    public static string ConfirmTake(PuskesmasPlace place, Clinic clinic, DateOnly day, DateOnly today, string? intro)
    {
        var when = day == today ? "hari ini" : IndonesianFormat.Date(day);
        var opening = intro is null ? "" : intro + "\n\n";
        return $"{opening}Mau saya ambilkan nomor antrean *{clinic.Name}* di *{place.Name}* untuk *{when}*? Balas *ya* untuk mengambil, atau tulis pertanyaan Anda.";
    }

    public static string StaffComplaint =>
        "Terima kasih sudah menceritakannya 🙏 Pelayanan yang tidak ramah tidak seharusnya terjadi, dan keluhan Anda penting agar puskesmas berbenah.";

    public static string Declined => "Baik, tidak jadi mengambil nomor 👍 Ketik *menu* bila ada yang bisa saya bantu lagi.";

    public static string AskYesNo => "Mohon balas *ya* atau *tidak* 🙏";

    public static string Hours(PuskesmasPlace place, OpeningSchedule schedule, IReadOnlyList<Clinic> clinics)
    {
        var text = new StringBuilder("🕗 *Jam pendaftaran ").Append(place.Name).Append("*\n").Append(place.Address).Append(", Kec. ").Append(place.Kecamatan).Append('\n');
        foreach (var weekday in Enumerable.Range(1, 7))
        {
            var hours = schedule.Hours.FirstOrDefault(h => h.Weekday == weekday);
            text.Append('\n').Append(IndonesianFormat.DayName((DayOfWeek)(weekday % 7))).Append(": ")
                .Append(hours is null ? "tutup" : $"{IndonesianFormat.Time(hours.OpensAt)}–{IndonesianFormat.Time(hours.ClosesAt)} WIB");
        }
        text.Append("\n\nPoli: ").AppendJoin(", ", clinics.Select(c => c.Name)).Append("\n\nKetik *ambil antrean ")
            .Append(place.Name.Replace("Puskesmas ", "", StringComparison.Ordinal).ToLowerInvariant()).Append("* untuk mengambil nomor.");
        return text.ToString();
    }

    public static string Reminder(string puskesmasName, string clinicName, string ticket, int ahead) =>
        $"⏰ *Pengingat antrean {puskesmasName}*\n" +
        (ahead == 0
            ? $"Nomor Anda *{ticket}* ({clinicName}) adalah *berikutnya*!"
            : $"Nomor Anda *{ticket}* ({clinicName}) tinggal *{ahead} antrean lagi*.") +
        " Mohon segera menuju ruang tunggu ya 🙏\n\nKetik *antrean saya* untuk melihat posisi terbaru.";

    /// <summary>Sent the moment staff call (or call again) the citizen's number.</summary>
    public static string Called(string puskesmasName, string clinicName, string ticket, long counter, bool recall) =>
        (recall
            ? $"📣 *Panggilan ulang:* nomor antrean *{ticket}* Anda dipanggil lagi di {clinicName} {puskesmasName}, *loket {counter}*."
            : $"📣 Nomor antrean *{ticket}* Anda dipanggil di {clinicName} {puskesmasName}, *loket {counter}*.") +
        " Silakan segera menuju loket dengan membawa KTP/kartu BPJS 🙏\n\nKetik *antrean saya* untuk melihat posisi terbaru.";

    /// <summary>{{1}} of the notice template outside the 24-hour window: "nomor antrean U-012 (Poli Umum) sedang dipanggil".</summary>
    public static string CalledSubject(string clinicName, string ticket) => $"nomor antrean {ticket} ({clinicName}) sedang dipanggil";

    /// <summary>Variables of the approved WhatsApp template used outside the 24-hour window: {{1}} puskesmas, {{2}} ticket, {{3}} clinic, {{4}} places ahead.</summary>
    public static string ReminderTemplateVariables(string puskesmasName, string clinicName, string ticket, int ahead) =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["1"] = puskesmasName,
            ["2"] = ticket,
            ["3"] = clinicName,
            ["4"] = ahead.ToString(CultureInfo.InvariantCulture),
        });

    static string Details(QueuePosition position, DateOnly? today = null)
    {
        var text = new StringBuilder();
        AppendDetails(text, position, today);
        return text.ToString();
    }

    static void AppendDetails(StringBuilder text, QueuePosition position, DateOnly? today = null)
    {
        var day = position.Ticket.Day;
        text.Append("🏥 ").Append(position.Place.Name).Append(" — ").Append(position.Clinic.Name).Append('\n')
            .Append("📅 ").Append(today == day ? "Hari ini, " : "").Append(IndonesianFormat.Date(day)).Append('\n')
            .Append("📣 Sedang dilayani: ").Append(position.Serving is { } serving ? position.Clinic.Ticket(serving) : "belum dimulai").Append('\n')
            .Append("👥 Antrean di depan Anda: *").Append(position.Ahead).Append(" orang*");
        if (position.Ticket.Status == QueueTicket.Waiting)
            text.Append('\n').Append("🕘 Perkiraan giliran: sekitar pukul *").Append(IndonesianFormat.Time(TimeOnly.FromDateTime(RoundToFiveMinutes(Wib.ToWib(position.EstimatedAt)).DateTime))).Append(" WIB*");
    }

    static DateTimeOffset RoundToFiveMinutes(DateTimeOffset local)
    {
        var minutes = (int)Math.Round(local.Minute / 5.0) * 5;
        return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, local.Offset).AddMinutes(minutes);
    }
}
