using Savira.Tests.Support;

namespace Savira.Tests.Services.Puskesmas;

/// <summary>A question about a puskesmas never takes a number; a number is taken when asked for, for the day asked.</summary>
public sealed class QueueOnlyWhenAskedTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("puskesmas ngesrep ada layanan kb gk")]
    [InlineData("di puskesmas bisa periksa kehamilan?")]
    [InlineData("puskesmas halmahera")]
    [InlineData("puskesmas yang dekat tlogosari dimana")]
    public async Task AQuestionIsAnsweredAndTakesNoNumber(string question)
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync(question, Cancel);

        Assert.DoesNotContain("Nomor antrean Anda", reply, StringComparison.Ordinal);
        Assert.Equal(0, app.Count("queue_tickets"));
    }

    [Fact]
    public async Task AQueueNamedWithoutAskingForANumberIsConfirmedFirst()
    {
        await using var app = new SaviraApp();

        var offer = await app.SayAsync("antrean puskesmas halmahera poli gigi", Cancel);
        Assert.Equal(0, app.Count("queue_tickets"));
        var taken = await app.SayAsync("iya", Cancel);

        Assert.Contains("Balas *ya*", offer, StringComparison.Ordinal);
        Assert.Contains("Nomor antrean Anda", taken, StringComparison.Ordinal);
        Assert.Equal(1, app.Count("queue_tickets"));
    }

    [Fact]
    public async Task AnOfferThatIsNotAnsweredLapsesWithoutANumber()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("antrean puskesmas halmahera poli gigi", Cancel);

        var reply = await app.SayAsync("syarat bikin ktp baru apa", Cancel);

        Assert.Contains("KTP", reply, StringComparison.Ordinal);
        Assert.Equal(0, app.Count("queue_tickets"));
    }

    [Fact]
    public async Task BesokGivesANumberForTomorrow()
    {
        await using var app = new SaviraApp(); // Monday 30 November 2026, 08.00 WIB

        var reply = await app.SayAsync("ambil antrean puskesmas halmahera poli umum besok", Cancel);

        Assert.Contains("Nomor antrean Anda", reply, StringComparison.Ordinal);
        Assert.Contains("Selasa, 1 Desember 2026", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANamedWeekdayGivesANumberForThatDay()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("daftar antrian pkm halmahera poli gigi hari kamis", Cancel);

        Assert.Contains("Kamis, 3 Desember 2026", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADayThePuskesmasIsClosedIsSaidAndTheNextOpenDayOffered()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("ambil antrean puskesmas halmahera poli umum hari minggu", Cancel);

        Assert.Contains("tutup", reply, StringComparison.Ordinal);
        Assert.Contains("Senin, 7 Desember 2026", reply, StringComparison.Ordinal);
        Assert.Equal(0, app.Count("queue_tickets"));
    }

    [Fact]
    public async Task ADayTooFarAheadIsRefusedWithWhenToComeBack()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("ambil antrean puskesmas halmahera poli umum tgl 20", Cancel);

        Assert.Contains("paling cepat 7 hari", reply, StringComparison.Ordinal);
        Assert.Equal(0, app.Count("queue_tickets"));
    }
}
