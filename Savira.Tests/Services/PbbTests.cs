using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>PBB through the real host and the seeded SQLite file; the clock stands at Monday 30 November 2026, 08:00 WIB.</summary>
public sealed class PbbTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ANopInTheFirstMessageIsAnsweredWithoutAQuestion()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("cek pbb 33.74.010.005.012-0345.0", Cancel);

        Assert.Contains("NOP: *33.74.010.005.012-0345.0*", reply, StringComparison.Ordinal);
        Assert.Contains("Wajib pajak: S***o", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Suharto", reply, StringComparison.Ordinal);
        Assert.Contains("Kel. Karangmalang, Kec. Mijen", reply, StringComparison.Ordinal);
        Assert.Contains("Luas tanah: 120 m² · Luas bangunan: 72 m²", reply, StringComparison.Ordinal);
        Assert.Contains("*2026*: Rp212.500, jatuh tempo Senin, 31 Agustus 2026", reply, StringComparison.Ordinal);
        Assert.Contains("denda Rp6.375 (3 bulan × 1%)", reply, StringComparison.Ordinal);
        Assert.Contains("Lunas, dibayar Sabtu, 2 Agustus 2025", reply, StringComparison.Ordinal);
        Assert.Contains("*Total yang harus dibayar: Rp218.875*", reply, StringComparison.Ordinal);
        Assert.Contains("Bank Jateng", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingNopIsAskedForAndTheAnswerIsLookedUp()
    {
        await using var app = new SaviraApp();

        var question = await app.SayAsync("mau cek tagihan pbb", Cancel);
        var answer = await app.SayAsync("337407001200400210", Cancel);

        Assert.Contains("*NOP*", question, StringComparison.Ordinal);
        Assert.Contains("SPPT", question, StringComparison.Ordinal);
        Assert.Contains("S***i R***u", answer, StringComparison.Ordinal);
        Assert.Contains("Tidak ada tunggakan", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidNopIsReaskedOnceWithAnExampleThenTheDialogueEnds()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("pbb", Cancel);

        var reask = await app.SayAsync("12345", Cancel);
        var giveUp = await app.SayAsync("nggak tau", Cancel);
        var afterwards = await app.SayAsync("12345", Cancel);

        Assert.Contains("*18 digit*", reask, StringComparison.Ordinal);
        Assert.Contains("33.74.010.005.012-0345.0", reask, StringComparison.Ordinal);
        Assert.Contains("SPPT", reask, StringComparison.Ordinal);
        Assert.Contains("SPPT", giveUp, StringComparison.Ordinal); // not knowing the NOP is answered with where to find it
        Assert.DoesNotContain("*18 digit*", afterwards, StringComparison.Ordinal); // no longer waiting for a NOP
    }

    [Fact]
    public async Task AMalformedNopInTheFirstMessageIsExplained()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("cek pbb 33.74.010.005.012", Cancel);

        Assert.Contains("bukan NOP yang valid", reply, StringComparison.Ordinal);
        Assert.Contains("*18 digit*", reply, StringComparison.Ordinal);
        Assert.Contains("lembar *SPPT PBB*", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownNopIsSaidPlainly()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("cek pbb 33.74.010.005.012-9999.0", Cancel);

        Assert.Contains("NOP *33.74.010.005.012-9999.0* tidak terdaftar", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatalWhileTheNopIsAskedEndsTheDialogue()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("pbb", Cancel);

        var cancelled = await app.SayAsync("batal", Cancel);
        var afterwards = await app.SayAsync("12345", Cancel);

        Assert.Contains("dibatalkan", cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain("*18 digit*", afterwards, StringComparison.Ordinal); // no longer waiting for a NOP
    }

    [Fact]
    public async Task ThePenaltyFollowsTheConfiguredRuleAndItsCap()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?>
        {
            ["Savira:Pbb:Penalty:MonthlyPercent"] = "2",
            ["Savira:Pbb:Penalty:MaxMonths"] = "2",
        });

        var reply = await app.SayAsync("pbb 337401000501203450", Cancel);

        Assert.Contains("denda Rp8.500 (2 bulan × 2%)", reply, StringComparison.Ordinal);
        Assert.Contains("*Total yang harus dibayar: Rp221.000*", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArrearsOfSeveralYearsAreAllCountedWithThePenaltyCappedAt24Months()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("sppt 33.74.130.011.002-0107.0", Cancel);

        Assert.Contains("denda Rp290.400 (24 bulan × 1%)", reply, StringComparison.Ordinal); // 2024's, 27 months late
        Assert.Contains("*Total yang harus dibayar: Rp4.314.750*", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingWhereToPayGivesTheChannelsAndOffersTheBillCheck()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("bayar pbb dimana ya", Cancel);
        var answer = await app.SayAsync("33.74.080.011.007-0456.0", Cancel);

        Assert.Contains("Cara & tempat bayar PBB", reply, StringComparison.Ordinal);
        Assert.Contains("Bank Jateng", reply, StringComparison.Ordinal);
        Assert.Contains("*NOP*", reply, StringComparison.Ordinal);
        Assert.Contains("Luas bangunan: 0 m²", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tolong cek pbb nop 3374 0100 0501 2034 50", "33.74.010.005.012-0345.0", "Kel. Karangmalang, Kec. Mijen", "*2026*: Rp212.500")]
    [InlineData("pajak rumah 33 74 140 011 003 0078 0 sudah lunas belum?", "33.74.140.011.003-0078.0", "Kel. Manyaran, Kec. Semarang Barat", "*2026*: Rp1.087.000")]
    [InlineData("cek pbb 33-74-070-012-004-0021-0", "33.74.070.012.004-0021.0", "Kec. Tembalang", "*2026*: Rp912.000")]
    [InlineData("nop sy 33.74.130.011.002-0107.0. tagihan thn 2024 brp", "33.74.130.011.002-0107.0", "Kel. Pekunden, Kec. Semarang Tengah", "*2024*: Rp1.210.000")]
    [InlineData("sppt pbb 33.74.080.011.007 0456-0 2026", "33.74.080.011.007-0456.0", "Luas bangunan: 0 m²", "*2026*: Rp675.000")]
    public async Task ANopIsReadHoweverItIsGrouped(string message, string nop, string place, string bill)
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync(message, Cancel);

        Assert.Contains($"NOP: *{nop}*", reply, StringComparison.Ordinal);
        Assert.Contains(place, reply, StringComparison.Ordinal);
        Assert.Contains(bill, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGroupedNopIsTakenAsTheAnswerToTheQuestion()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("mau cek tagihan pbb", Cancel);

        var answer = await app.SayAsync("3374 0700 1200 4002 10", Cancel);

        Assert.Contains("NOP: *33.74.070.012.004-0021.0*", answer, StringComparison.Ordinal);
        Assert.Contains("Tidak ada tunggakan", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANopOfAnotherRegionIsReadAndSaidToBeOutsideSemarang()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("cek pbb 35 78 010 005 012 0345 0", Cancel);

        Assert.Contains("NOP *35.78.010.005.012-0345.0* tidak terdaftar", reply, StringComparison.Ordinal);
        Assert.Contains("diawali *33.74*", reply, StringComparison.Ordinal);
    }
}
