using Savira.Core.Replies;

namespace Savira.Core.Services.Handoff;

/// <summary>What the citizen is told about their handoff; each says only what has really happened.</summary>
public static class HandoffTexts
{
    const string KeepsHelping =
        "Sambil menunggu, Savira tetap melayani seperti biasa: silakan tanya apa saja atau ketik *menu*. Pesan yang Anda tulis di sini juga tersimpan untuk dibaca petugas. Ketik *batal* bila tidak jadi.";

    /// <summary>When an officer can be expected: now (on duty) or from the next opening.</summary>
    public static string When(HandoffOptions options, DateTimeOffset now) =>
        OfficeHours.IsOpen(options, now)
            ? "Petugas kami sedang bertugas dan akan membalas di percakapan ini."
            : $"Saat ini di luar jam layanan petugas ({OfficeHours.Describe(options)}); petugas akan membalas di percakapan ini mulai *{IndonesianFormat.DateTime(OfficeHours.NextOpening(options, now))}*.";

    public static string Opened(HandoffOptions options, DateTimeOffset now) =>
        $"""
        👩‍💼 Baik, permintaan Anda untuk berbicara dengan petugas sudah kami teruskan.
        {When(options, now)}

        {KeepsHelping}
        Untuk keadaan darurat, hubungi *112*.
        """;

    public static string AlreadyWaiting(HandoffOptions options, DateTimeOffset requestedAt, DateTimeOffset now) =>
        $"""
        👩‍💼 Permintaan Anda untuk berbicara dengan petugas sudah tercatat sejak {Since(requestedAt, now)} dan masih menunggu petugas.
        {When(options, now)}

        {KeepsHelping}
        """;

    /// <summary>"10.06 WIB" today, else the day too ("Selasa, 1 Desember 2026 pukul 16.40 WIB").</summary>
    static string Since(DateTimeOffset requestedAt, DateTimeOffset now) =>
        Wib.Today(requestedAt) == Wib.Today(now)
            ? $"{IndonesianFormat.Time(TimeOnly.FromDateTime(Wib.ToWib(requestedAt).DateTime))} WIB"
            : IndonesianFormat.DateTime(requestedAt);

    /// <summary>Told once, on the first message after nobody claimed the request in time.</summary>
    public static string Overdue(HandoffOptions options, DateTimeOffset now) =>
        OfficeHours.IsOpen(options, now)
            ? $"⏳ Mohon maaf, petugas kami belum sempat membalas permintaan Anda. Permintaan Anda tetap tercatat dan akan dibalas di percakapan ini pada jam layanan ({OfficeHours.Describe(options)}); bila hari ini tidak sempat, mulai *{IndonesianFormat.DateTime(OfficeHours.NextOpening(options, now))}*. Sementara itu Savira tetap membantu."
            : $"⏳ Mohon maaf, petugas kami belum sempat membalas permintaan Anda. Permintaan Anda tetap tercatat; petugas akan membalas di percakapan ini mulai *{IndonesianFormat.DateTime(OfficeHours.NextOpening(options, now))}*. Sementara itu Savira tetap membantu.";

    /// <summary>The one reply while an officer holds the conversation: to the citizen's first message after the claim.</summary>
    public const string Acknowledged =
        "👩‍💼 Pesan Anda sudah diteruskan ke petugas yang sedang menangani percakapan ini; balasannya akan muncul di sini. Ketik *selesai* bila ingin kembali dilayani Savira.";

    public const string WithdrawnByCitizen =
        "Baik, permintaan berbicara dengan petugas sudah dibatalkan. Savira tetap siap membantu; ketik *menu* untuk melihat layanan.";

    public static string ReturnedByCitizen(bool officerWrote) => officerWrote
        ? "👋 Baik, percakapan dengan petugas sudah selesai. Savira kembali melayani Anda; ketik *menu* untuk melihat layanan."
        : "👋 Baik, Anda kembali dilayani Savira. Petugas belum sempat membalas percakapan ini; bila masih perlu, balas *bicara dengan petugas*. Ketik *menu* untuk melihat layanan.";

    /// <summary>Pushed when an officer returns the conversation (or an operator closes a request nobody took).</summary>
    public static string ReturnedByOfficer(bool officerWrote, bool wasHeld) => (officerWrote, wasHeld) switch
    {
        (true, _) => "👋 Petugas telah menyelesaikan percakapan ini. Savira kembali melayani Anda; ketik *menu* untuk melihat layanan.",
        (false, true) => "👋 Percakapan ini dikembalikan ke Savira tanpa balasan petugas. Mohon maaf; bila masih perlu petugas, balas *bicara dengan petugas*. Ketik *menu* untuk melihat layanan.",
        _ => "Mohon maaf, permintaan Anda untuk berbicara dengan petugas ditutup sebelum ada petugas yang membalas. Bila masih perlu, balas *bicara dengan petugas*; Savira tetap siap membantu, ketik *menu*.",
    };

    /// <summary>The message behind the approved template outside WhatsApp's 24-hour window.</summary>
    public const string TemplateInvitation =
        "Petugas Pemerintah Kota Semarang ingin melanjutkan percakapan Anda. Balas pesan ini agar petugas dapat menjawab.";

    /// <summary>The variable of the notice template: what the news is about.</summary>
    public const string TemplateSubject = "percakapan Anda dengan petugas";
}
