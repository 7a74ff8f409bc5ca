using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>PBB through the real host and the seeded SQLite file; the clock stands at Monday 30 November 2026, 08:00 WIB.</summary>
public sealed class PbbTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // The demo record 33.74.010.005.012-0345.0: its street, and the owner's invented NIK on file.
    const string Lookup = "cek pbb 33.74.010.005.012-0345.0";
    const string Street = "Jl. Karangmalang Raya No. 17";
    const string OwnerNik = "3374011708650003";
    const string Offer = "Untuk melihat alamat lengkap, balas 4 digit terakhir NIK pemilik.";

    [Fact]
    public async Task ANopInTheFirstMessageIsAnsweredWithoutAQuestion()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("cek pbb 33.74.010.005.012-0345.0", Cancel);

        Assert.Contains("NOP: *33.74.010.005.012-0345.0*", reply, StringComparison.Ordinal);
        Assert.Contains("Wajib pajak: S***o", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Suharto", reply, StringComparison.Ordinal);
        // The place down to kelurahan and kecamatan only: the street is shown after the owner's NIK digits (UU 27/2022 PDP).
        Assert.Contains("Letak objek: Kel. Karangmalang, Kec. Mijen", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(Street, reply, StringComparison.Ordinal);
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

    [Fact]
    public async Task AskingWhereToPayRightAfterALookupDoesNotAskForTheNopAgain()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("cek pbb 33.74.010.005.012-0345.0", Cancel);

        var reply = await app.SayAsync("terus bayarnya di mana ya", Cancel);

        Assert.Contains("Bank Jateng", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Kirim *NOP*", reply, StringComparison.Ordinal);
        Assert.Contains("Ada pertanyaan lain tentang PBB?", reply, StringComparison.Ordinal);
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

    [Fact]
    public async Task TheLookupEndsWithTheOfferAndTheLastFourDigitsOfTheOwnersNikShowTheStreet()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync(Lookup, Cancel);
        var address = await app.SayAsync("0003", Cancel);

        Assert.DoesNotContain(Street, reply, StringComparison.Ordinal);
        Assert.EndsWith(Offer, reply, StringComparison.Ordinal);
        Assert.Contains("Jl. Karangmalang Raya No. 17, RT 03/RW 02, Kel. Karangmalang, Kec. Mijen", address, StringComparison.Ordinal);
        Assert.DoesNotContain("Rp", address, StringComparison.Ordinal); // the address and nothing else
        Assert.DoesNotContain("Suharto", address, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Null(connection.ExecuteScalar<string?>("SELECT dialogue FROM sessions"));
    }

    [Fact]
    public async Task TheFourDigitsMayBeWrittenWithSpaces()
    {
        await using var app = new SaviraApp();
        await app.SayAsync(Lookup, Cancel);

        var address = await app.SayAsync("00 03", Cancel);

        Assert.Contains(Street, address, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongDigitsAreRefusedWithoutRevealingAnythingAndAfterTheSecondTheOfferEnds()
    {
        await using var app = new SaviraApp();
        await app.SayAsync(Lookup, Cancel);

        var first = await app.SayAsync("1234", Cancel);
        var second = await app.SayAsync("9999", Cancel);
        var afterwards = await app.SayAsync("0003", Cancel);

        Assert.Contains("tidak sesuai", first, StringComparison.Ordinal);
        Assert.Contains("sekali lagi", first, StringComparison.Ordinal);
        Assert.Contains("tidak dapat ditampilkan", second, StringComparison.Ordinal);
        foreach (var refusal in new[] { first, second })
        {
            Assert.DoesNotContain(Street, refusal, StringComparison.Ordinal);
            Assert.DoesNotContain("Karangmalang", refusal, StringComparison.Ordinal);
            Assert.DoesNotContain("0003", refusal, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(Street, afterwards, StringComparison.Ordinal); // the offer is over: the right digits come too late
    }

    [Fact]
    public async Task AfterFourWrongAnswersInADayNoLookupOffersTheAddressAgain()
    {
        await using var app = new SaviraApp();
        foreach (var wrong in new[] { "1111", "2222", "3333", "4444" })
        {
            await app.SayAsync(Lookup, Cancel);
            await app.SayAsync(wrong, Cancel);
        }

        var lookup = await app.SayAsync(Lookup, Cancel);
        var right = await app.SayAsync("0003", Cancel);

        Assert.DoesNotContain(Offer, lookup, StringComparison.Ordinal);
        Assert.DoesNotContain(Street, right, StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromDays(1.1)); // the limit is per day
        Assert.EndsWith(Offer, await app.SayAsync(Lookup, Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADifferentQuestionRightAfterTheLookupLetsTheOfferLapse()
    {
        await using var app = new SaviraApp();
        await app.SayAsync(Lookup, Cancel);

        var reply = await app.SayAsync("bayar pbb dimana ya", Cancel);
        var digits = await app.SayAsync("0003", Cancel);

        Assert.Contains("Cara & tempat bayar PBB", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(Street, digits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherServiceRightAfterTheLookupIsAnsweredNormally()
    {
        await using var app = new SaviraApp();
        await app.SayAsync(Lookup, Cancel);

        var reply = await app.SayAsync("cek tagihan pdam 01230045", Cancel);

        Assert.Contains("No. pelanggan: *01230045*", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheOwnersNikOnFileNoAddressIsOffered()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("halo", Cancel);
        using (var connection = app.OpenDatabase())
            connection.Execute("UPDATE pbb_objects SET owner_nik = NULL WHERE nop = '337401000501203450'");

        var reply = await app.SayAsync(Lookup, Cancel);
        var digits = await app.SayAsync("0003", Cancel);

        Assert.Contains("Kel. Karangmalang, Kec. Mijen", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("alamat lengkap", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Street, reply + digits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeitherTheNikNorTheDigitsAreLogged()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("halo", Cancel);
        var logs = LogCollector.AttachTo(app);

        await app.SayAsync(Lookup, Cancel);
        await app.SayAsync("1234", Cancel);
        await app.SayAsync("0003", Cancel);

        Assert.NotEmpty(logs.Entries);
        Assert.All(logs.Entries, entry =>
        {
            var written = entry.Message + entry.Exception;
            Assert.DoesNotContain(OwnerNik, written, StringComparison.Ordinal);
            Assert.DoesNotContain("1234", written, StringComparison.Ordinal);
            Assert.DoesNotContain("0003", written, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TwoLookupsInOneMessageAreBothShownAndTheLastOneOffersTheAddress()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("cek tagihan pdam 01230045 sama pbb 337401000501203450", Cancel);
        var address = await app.SayAsync("0003", Cancel);

        Assert.Contains("No. pelanggan: *01230045*", reply, StringComparison.Ordinal);
        Assert.Contains("Kel. Karangmalang, Kec. Mijen", reply, StringComparison.Ordinal); // an offer waits for nothing: not deferred
        Assert.EndsWith(Offer, reply, StringComparison.Ordinal);
        Assert.Contains(Street, address, StringComparison.Ordinal);
    }
}
