using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Services.Rsud;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>RSUD KRMT Wongsonegoro through the engine; the clock starts on Monday 30 November 2026, 08:00 WIB.</summary>
public sealed class RsudTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClinicAndDayInTheFirstMessageAreAnsweredWithoutAQuestion()
    {
        await using var app = new SaviraApp();

        var reply = Assert.Single(await app.ChatAsync("jadwal dokter anak hari kamis", Cancel));

        Assert.Contains("*Jadwal Poli Anak*", reply, StringComparison.Ordinal);
        Assert.Contains("Kamis, 3 Desember 2026", reply, StringComparison.Ordinal);
        Assert.Contains("dr. Ratna Wulandari, Sp.A — 08.00–12.00 WIB", reply, StringComparison.Ordinal);
        Assert.Contains("dr. Hendra Kusuma, Sp.A — 12.30–15.30 WIB", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingClinicIsAskedForAndAClinicWithoutADayShowsItsWeek()
    {
        await using var app = new SaviraApp();

        var clinics = Assert.Single(await app.ChatAsync("jadwal dokter rsud", Cancel));
        var week = Assert.Single(await app.ChatAsync("mata", Cancel));

        Assert.Contains("Poliklinik mana", clinics, StringComparison.Ordinal);
        Assert.Contains("*9.* Poli Mata", clinics, StringComparison.Ordinal);
        Assert.Contains("*Jadwal Poli Mata*", week, StringComparison.Ordinal);
        Assert.Contains("dr. Maya Puspitasari, Sp.M", week, StringComparison.Ordinal);
        Assert.Contains("*Selasa*", week, StringComparison.Ordinal); // the days the clinic holds, not a question back
        Assert.DoesNotContain("hari apa", week, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TodayIsTheDayInSemarangNotInUtc()
    {
        await using var app = new SaviraApp();
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero)); // Tuesday 01:00 WIB

        var reply = Assert.Single(await app.ChatAsync("jadwal dokter mata hari ini", Cancel));

        Assert.Contains("Selasa, 1 Desember 2026", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownClinicIsAskedAgainOnceWithAnExample()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("jadwal dokter rsud", Cancel);
        var again = Assert.Single(await app.ChatAsync("poli kecantikan", Cancel));
        var stop = Assert.Single(await app.ChatAsync("99", Cancel));

        Assert.Contains("contoh: *anak*", again, StringComparison.Ordinal);
        Assert.Contains("Ketik *RSUD* untuk mencoba lagi", stop, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADayWithoutDoctorsSaysSoAndNamesTheClinicsDays()
    {
        await using var app = new SaviraApp();

        var reply = Assert.Single(await app.ChatAsync("jadwal dokter jantung hari minggu", Cancel));

        Assert.Contains("Tidak ada jadwal dokter", reply, StringComparison.Ordinal);
        Assert.Contains("Senin, Selasa, Rabu, Kamis, Jumat", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingMidwayForgetsTheQuestion()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("jadwal dokter rsud", Cancel);
        var cancelled = Assert.Single(await app.ChatAsync("batal", Cancel));
        var after = string.Join("\n", await app.ChatAsync("3", Cancel));

        Assert.Contains("dibatalkan", cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain("Poli Penyakit Dalam", after, StringComparison.Ordinal); // the list's 3rd clinic: no longer asked
        Assert.Contains("PDAM", after, StringComparison.Ordinal); // the main menu's 3rd service
    }

    [Fact]
    public async Task BedsAreShownByClassWithFullClassesSaidPlainly()
    {
        await using var app = new SaviraApp();

        var all = Assert.Single(await app.ChatAsync("info kamar rawat inap rsud", Cancel));
        var third = Assert.Single(await app.ChatAsync("rawat inap kelas 3 masih ada?", Cancel));

        Assert.Contains("VIP: *3* kosong dari 24", all, StringComparison.Ordinal);
        Assert.Contains("Kelas III: *penuh*", all, StringComparison.Ordinal);
        Assert.Contains("Kelas III: *penuh*", third, StringComparison.Ordinal);
        Assert.DoesNotContain("VIP", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTopicMenuLeadsToVisitingHoursRegistrationAndEmergency()
    {
        await using var app = new SaviraApp();

        var menu = Assert.Single(await app.ChatAsync("rsud", Cancel));
        var visiting = Assert.Single(await app.ChatAsync("3", Cancel));
        var emergency = Assert.Single(await app.ChatAsync("igd rsud nomornya berapa", Cancel));
        var registration = Assert.Single(await app.ChatAsync("cara daftar rsud wongsonegoro", Cancel));

        Assert.Contains("*5.* IGD & nomor darurat", menu, StringComparison.Ordinal);
        Assert.Contains("Jam besuk", visiting, StringComparison.Ordinal);
        Assert.Contains("(024) 6711500", emergency, StringComparison.Ordinal);
        Assert.Contains("Mobile JKN", registration, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditedScheduleShowsAfterTheFreshnessPeriodOrAtOnceWhenInvalidated()
    {
        await using var app = new SaviraApp();
        Assert.Contains("dr. Ratna Wulandari, Sp.A — 08.00–12.00 WIB", Assert.Single(await app.ChatAsync("jadwal dokter anak hari kamis", Cancel)), StringComparison.Ordinal);

        using (var connection = app.OpenDatabase())
            connection.Execute("UPDATE rsud_doctors SET name = 'dr. Ratna Wulandari Putri, Sp.A' WHERE name = 'dr. Ratna Wulandari, Sp.A'");
        Assert.DoesNotContain("Putri", Assert.Single(await app.ChatAsync("jadwal dokter anak hari kamis", Cancel)), StringComparison.Ordinal);
        app.Clock.Advance(SqliteRsudDirectory.FreshFor + TimeSpan.FromSeconds(1));
        Assert.Contains("dr. Ratna Wulandari Putri, Sp.A — 08.00–12.00 WIB", Assert.Single(await app.ChatAsync("jadwal dokter anak hari kamis", Cancel)), StringComparison.Ordinal);

        using (var connection = app.OpenDatabase())
            connection.Execute("UPDATE rsud_clinics SET name = 'Poli Kesehatan Anak' WHERE name = 'Poli Anak'");
        ((SqliteRsudDirectory)app.Services.GetRequiredService<IRsudDirectory>()).Invalidate();
        Assert.Contains("*Jadwal Poli Kesehatan Anak*", Assert.Single(await app.ChatAsync("jadwal dokter anak hari kamis", Cancel)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherClinicAskedAfterADayKeepsThatDay()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("jadwal dokter anak hari kamis", Cancel);

        var eyes = Assert.Single(await app.ChatAsync("kalau poli mata?", Cancel));

        Assert.Contains("*Jadwal Poli Mata*", eyes, StringComparison.Ordinal);
        Assert.Contains("Kamis, 3 Desember 2026", eyes, StringComparison.Ordinal);
        Assert.DoesNotContain("*Senin*", eyes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChildMentionedAfterVisitingHoursIsNotTheChildrensClinic()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("jam besuk rsud hari minggu", Cancel);

        var reply = string.Join('\n', await app.ChatAsync("anak saya umur 5 tahun boleh ikut masuk?", Cancel));

        Assert.DoesNotContain("Jadwal Poli Anak", reply, StringComparison.Ordinal);
    }
}
