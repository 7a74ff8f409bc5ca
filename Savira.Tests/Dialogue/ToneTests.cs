using Savira.Tests.Support;

namespace Savira.Tests.Dialogue;

/// <summary>How the reply opens: the right greeting for the hour in WIB, a salam returned, one line of empathy.</summary>
public sealed class ToneTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(18, 30, "malam")] // 01.30 WIB is night, not morning
    [InlineData(23, 0, "pagi")]   // 06.00 WIB
    [InlineData(5, 0, "siang")]   // 12.00 WIB
    [InlineData(9, 0, "sore")]    // 16.00 WIB
    [InlineData(12, 0, "malam")]  // 19.00 WIB
    public async Task TheGreetingFitsTheHourInSemarang(int utcHour, int minute, string partOfDay)
    {
        await using var app = new SaviraApp();
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, utcHour, minute, 0, TimeSpan.Zero));

        var reply = await app.SayAsync("halo min", Cancel);

        Assert.Contains($"selamat {partOfDay}", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASalamIsReturnedBeforeTheAnswer()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("Assalamu'alaikum, mau tanya syarat bikin akta kelahiran", Cancel);

        Assert.StartsWith("Wa'alaikumsalam", reply, StringComparison.Ordinal);
        Assert.Contains("kelahiran", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GriefGetsCondolencesAndThenTheProcedure()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("ibu saya meninggal kemarin malam, ngurus akta kematian gimana ya", Cancel);

        Assert.StartsWith("Turut berduka cita", reply, StringComparison.Ordinal);
        Assert.Contains("kematian", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("😊", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AngerGetsAnApologyAndTheAnswerNotASilence()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("PDAM PAYAH!!! air mati terus di tlogosari kulon", Cancel);

        Assert.StartsWith("Mohon maaf", reply, StringComparison.Ordinal);
        Assert.Contains("Tlogosari Kulon", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AComplaintAboutStaffIsAnsweredWithWhereToFileItAndNoHandoffSilence()
    {
        await using var app = new SaviraApp();

        var complaint = await app.SayAsync("petugas di kelurahan kasar banget pas saya ngurus surat, saya mau komplain", Cancel);
        var next = await app.SayAsync("jam buka disdukcapil kapan", Cancel);

        Assert.Contains("Lapor Semar", complaint, StringComparison.Ordinal);
        Assert.Contains("bicara dengan petugas", complaint, StringComparison.Ordinal); // an officer stays on offer
        Assert.Equal(0, app.Count("handoffs"));
        Assert.NotEqual("", next);
    }

    [Fact]
    public async Task AServiceTheCityDoesNotProvideGetsAReferral()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("mau perpanjang sim dimana ya", Cancel);

        Assert.Contains("SIM", reply, StringComparison.Ordinal);
        Assert.Contains("Satpas", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("dengan kata lain", reply, StringComparison.Ordinal);
    }
}
