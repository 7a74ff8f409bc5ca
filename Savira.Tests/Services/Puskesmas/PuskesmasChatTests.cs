using Dapper;
using Savira.Tests.Support;
using static Savira.Tests.Services.Puskesmas.PuskesmasKit;

namespace Savira.Tests.Services.Puskesmas;

/// <summary>The citizen side over the signed Twilio webhook; the clock starts on Monday 30 November 2026, 08:00 WIB.</summary>
public sealed class PuskesmasChatTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFuzzyNameThenAClinicNumberGivesTheFirstNumberOfTheDay()
    {
        await using var app = new SaviraApp(Settings());

        var ask = string.Join('\n', await app.ChatAsync("mau ambil antrian puskesmas", Cancel));
        Assert.Contains("Di puskesmas mana", ask, StringComparison.Ordinal);
        var clinics = string.Join('\n', await app.ChatAsync("kedung mundu", Cancel));
        Assert.Contains("Puskesmas Kedungmundu", clinics, StringComparison.Ordinal);
        Assert.Contains("*2.* Poli Gigi", clinics, StringComparison.Ordinal);
        var taken = await app.ChatAsync("2", Cancel);

        Assert.Equal("G-001", TicketIn(taken));
        var text = string.Join('\n', taken);
        Assert.Contains("Antrean di depan Anda: *0 orang*", text, StringComparison.Ordinal);
        Assert.Contains("Senin, 30 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("sekitar pukul *08.00 WIB*", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamingAnotherClinicInAnswerToTheOfferOffersThatClinicInstead()
    {
        await using var app = new SaviraApp(Settings());

        var offer = await app.SayAsync("antri puskesmas poncol besok poli gigi", Cancel);
        var changed = await app.SayAsync("eh gak jadi, yang poli umum aja", Cancel);
        var taken = await app.ChatAsync("ya", Cancel);

        Assert.Contains("*Poli Gigi*", offer, StringComparison.Ordinal);
        Assert.Contains("*Poli Umum*", changed, StringComparison.Ordinal);
        Assert.Contains("Selasa, 1 Desember 2026", changed, StringComparison.Ordinal); // still tomorrow
        Assert.DoesNotContain("tidak jadi", changed, StringComparison.Ordinal);
        Assert.Equal("U-001", TicketIn(taken));
    }

    [Fact]
    public async Task AnotherDayAskedAfterAPuskesmassHoursIsAboutThatPuskesmas()
    {
        await using var app = new SaviraApp(Settings());
        await app.ChatAsync("puskesmas halmahera hari sabtu buka gak?", Cancel);

        var sunday = await app.SayAsync("kalau minggu?", Cancel);

        Assert.Contains("Puskesmas Halmahera", sunday, StringComparison.Ordinal);
        Assert.Contains("Minggu: tutup", sunday, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASharedLocationPicksTheNearestPuskesmas()
    {
        await using var app = new SaviraApp(Settings());
        await app.ChatAsync("ambil antrean puskesmas", Cancel);

        var pin = SaviraApp.WhatsAppForm("");
        pin["Latitude"] = "-7.0270"; // Jl. Sambiroto, Tembalang
        pin["Longitude"] = "110.4630";
        using var response = await app.PostSignedAsync(pin, Cancel);
        var reply = string.Join('\n', Twiml.Messages(await response.Content.ReadAsStringAsync(Cancel)));

        Assert.Contains("terdekat dari lokasi Anda: *Puskesmas Kedungmundu*", reply, StringComparison.Ordinal);
        Assert.Contains("Pilih poli", reply, StringComparison.Ordinal);
        Assert.Equal("U-001", TicketIn(await app.ChatAsync("poli umum", Cancel)));
    }

    [Fact]
    public async Task AKecamatanListsItsPuskesmasToChooseFrom()
    {
        await using var app = new SaviraApp(Settings());
        await app.ChatAsync("antrean puskesmas", Cancel);

        var list = string.Join('\n', await app.ChatAsync("kecamatan semarang timur", Cancel));

        Assert.Contains("Puskesmas Bugangan", list, StringComparison.Ordinal);
        Assert.Contains("Puskesmas Halmahera", list, StringComparison.Ordinal);
        Assert.Contains("Puskesmas Karangdoro", list, StringComparison.Ordinal);
        Assert.Contains("Puskesmas Halmahera", string.Join('\n', await app.ChatAsync("2", Cancel)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheQuotaIsFullTheNextOpeningDayIsOffered()
    {
        await using var app = new SaviraApp(Settings());
        app.SetQuota("halmahera", "gigi", 1);
        Assert.Equal("G-001", TicketIn(await app.ChatAsync("ambil antrean pkm halmahera poli gigi", Cancel, Citizen(1))));

        var full = string.Join('\n', await app.ChatAsync("ambil antrean pkm halmahera poli gigi", Cancel, Citizen(2)));
        Assert.Contains("kuota Poli Gigi Puskesmas Halmahera", full, StringComparison.Ordinal);
        Assert.Contains("sudah *penuh*", full, StringComparison.Ordinal);
        Assert.Contains("*Selasa, 1 Desember 2026*", full, StringComparison.Ordinal);

        var tomorrow = await app.ChatAsync("ya", Cancel, Citizen(2));
        Assert.Equal("G-001", TicketIn(tomorrow));
        Assert.Contains("Selasa, 1 Desember 2026", string.Join('\n', tomorrow), StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal(["2026-11-30", "2026-12-01"], connection.Query<string>("SELECT service_day FROM queue_tickets ORDER BY id"));
    }

    [Fact]
    public async Task AfterRegistrationClosesTheNumberIsForTheNextOpeningDay()
    {
        await using var app = new SaviraApp(Settings());
        app.Clock.Advance(TimeSpan.FromHours(5)); // Monday 13:00 WIB; registration closed at 12:00

        var closed = string.Join('\n', await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel));
        Assert.Contains("hari ini sudah ditutup", closed, StringComparison.Ordinal);
        Assert.Contains("*Selasa, 1 Desember 2026*", closed, StringComparison.Ordinal);
        Assert.Equal(0, app.Count("queue_tickets"));

        var taken = await app.ChatAsync("iya", Cancel);
        Assert.Equal("U-001", TicketIn(taken));
        Assert.Contains("sekitar pukul *07.00 WIB*", string.Join('\n', taken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnSundayThePuskesmasIsClosedAndMondayIsOffered()
    {
        await using var app = new SaviraApp(Settings());
        app.Clock.Advance(TimeSpan.FromDays(6)); // Sunday 6 December, 08:00 WIB

        var closed = string.Join('\n', await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel));

        Assert.Contains("tutup pada hari Minggu", closed, StringComparison.Ordinal);
        Assert.Contains("*Senin, 7 Desember 2026*", closed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACitizenHoldsOneNumberPerPuskesmasPerDay()
    {
        await using var app = new SaviraApp(Settings());
        Assert.Equal("U-001", TicketIn(await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel)));

        var again = string.Join('\n', await app.ChatAsync("ambil antrean pkm halmahera poli gigi", Cancel));
        Assert.Contains("sudah memiliki nomor antrean di Puskesmas Halmahera", again, StringComparison.Ordinal);
        Assert.Contains("U-001", again, StringComparison.Ordinal);

        Assert.Equal("U-001", TicketIn(await app.ChatAsync("ambil antrean pkm kedungmundu poli umum", Cancel)));
        Assert.Equal(2, app.Count("queue_tickets"));
    }

    [Fact]
    public async Task CancellingFreesThePlaceButNeverReusesTheNumber()
    {
        await using var app = new SaviraApp(Settings());
        app.SetQuota("halmahera", "umum", 2);
        Assert.Equal("U-001", TicketIn(await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(1))));
        Assert.Equal("U-002", TicketIn(await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(2))));

        var cancelled = string.Join('\n', await app.ChatAsync("batalkan antrean saya", Cancel, Citizen(1)));
        Assert.Contains("*U-001*", cancelled, StringComparison.Ordinal);
        Assert.Contains("sudah dibatalkan", cancelled, StringComparison.Ordinal);

        var second = string.Join('\n', await app.ChatAsync("antrean saya", Cancel, Citizen(2)));
        Assert.Contains("Antrean di depan Anda: *0 orang*", second, StringComparison.Ordinal);
        Assert.Equal("U-003", TicketIn(await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(3))));
        Assert.Contains("sudah *penuh*", string.Join('\n', await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(4))),
            StringComparison.Ordinal);
        Assert.Contains("Anda belum memiliki nomor antrean", string.Join('\n', await app.ChatAsync("nomor antrean saya brp", Cancel, Citizen(1))),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffCallingTheNextNumberMovesTheCitizensPosition()
    {
        await using var app = new SaviraApp(Settings());
        for (var i = 1; i <= 2; i++)
            await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(i));
        Assert.Equal("U-003", TicketIn(await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(3))));
        var before = string.Join('\n', await app.ChatAsync("nomor antrean saya brp", Cancel, Citizen(3)));
        Assert.Contains("Antrean di depan Anda: *2 orang*", before, StringComparison.Ordinal);
        Assert.Contains("Sedang dilayani: belum dimulai", before, StringComparison.Ordinal);

        (await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/umum/call-next")).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromMinutes(7));
        (await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/umum/call-next")).EnsureSuccessStatusCode();

        var after = string.Join('\n', await app.ChatAsync("cek antrean", Cancel, Citizen(3)));
        Assert.Contains("Antrean di depan Anda: *0 orang*", after, StringComparison.Ordinal);
        Assert.Contains("Sedang dilayani: U-002", after, StringComparison.Ordinal);

        (await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/umum/call-next")).EnsureSuccessStatusCode();
        Assert.Contains("nomor Anda sedang dipanggil", string.Join('\n', await app.ChatAsync("antrean saya", Cancel, Citizen(3))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEstimatedTimeFollowsTheStaffsRecentPace()
    {
        await using var app = new SaviraApp(Settings());
        for (var i = 1; i <= 6; i++)
            await app.ChatAsync("ambil antrean pkm halmahera poli umum", Cancel, Citizen(i));
        for (var call = 0; call < 3; call++) // U-001…U-003 called ten minutes apart: 08.00, 08.10, 08.20
        {
            if (call > 0)
                app.Clock.Advance(TimeSpan.FromMinutes(10));
            (await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/umum/call-next")).EnsureSuccessStatusCode();
        }

        var status = string.Join('\n', await app.ChatAsync("antrean saya", Cancel, Citizen(6)));

        // U-003 being served, U-004 and U-005 ahead: three turns of ten minutes from 08.20 (the default pace would say 08.40).
        Assert.Contains("Sedang dilayani: U-003", status, StringComparison.Ordinal);
        Assert.Contains("sekitar pukul *08.50 WIB*", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningHoursAreAnsweredFromTheDatabase()
    {
        await using var app = new SaviraApp(Settings());

        var hours = string.Join('\n', await app.ChatAsync("jam buka puskesmas bandarharjo", Cancel));

        Assert.Contains("Jam pendaftaran Puskesmas Bandarharjo", hours, StringComparison.Ordinal);
        Assert.Contains("Jumat: 07.00–10.30 WIB", hours, StringComparison.Ordinal);
        Assert.Contains("Minggu: tutup", hours, StringComparison.Ordinal);
        Assert.Equal(0, app.Count("queue_tickets"));
    }

    [Fact]
    public async Task APausedClinicGivesNoNumbersUntilResumed()
    {
        await using var app = new SaviraApp(Settings());
        (await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/gigi/pause")).EnsureSuccessStatusCode();

        Assert.Contains("tidak menerima antrean baru", string.Join('\n', await app.ChatAsync("ambil antrean pkm halmahera poli gigi", Cancel)),
            StringComparison.Ordinal);

        (await app.StaffAsync(HttpMethod.Post, "/admin/api/puskesmas/halmahera/clinics/gigi/resume")).EnsureSuccessStatusCode();
        Assert.Equal("G-001", TicketIn(await app.ChatAsync("ambil antrean pkm halmahera poli gigi", Cancel)));
    }
}
