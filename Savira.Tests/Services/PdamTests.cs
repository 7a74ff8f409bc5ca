using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Savira.Core.Understanding;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

public sealed class PdamTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // The demo customer 01230045: their street, and their invented NIK on file.
    const string Lookup = "cek tagihan pdam 01230045";
    const string Street = "Jl. Sriwijaya No. 30";
    const string CustomerNik = "3374062304680005";
    const string Offer = "Untuk melihat alamat lengkap, balas 4 digit terakhir NIK pelanggan.";

    [Fact]
    public async Task ACustomerNumberInTheFirstMessageShowsTheLatestBills()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("cek tagihan pdam 01230045", Cancel);

        Assert.Contains("No. pelanggan: *01230045*", reply, StringComparison.Ordinal);
        Assert.Contains("Nama: H***o", reply, StringComparison.Ordinal);
        // The place down to kelurahan and kecamatan only: the street is shown after the customer's NIK digits (UU 27/2022 PDP).
        Assert.Contains("Wilayah: Kel. Tegalsari, Kec. Candisari", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(Street, reply, StringComparison.Ordinal);
        Assert.Contains("Golongan: Rumah tangga 2", reply, StringComparison.Ordinal);
        Assert.Contains("*Oktober 2026*: 23 m³, Rp156.600", reply, StringComparison.Ordinal);
        Assert.Contains("Belum dibayar (jatuh tempo Jumat, 20 November 2026)", reply, StringComparison.Ordinal);
        Assert.Contains("Lunas, dibayar Minggu, 18 Oktober 2026", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Juli 2026", reply, StringComparison.Ordinal); // three bills shown by default
        Assert.Contains("*Total belum dibayar: Rp156.600*", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingCustomerNumberIsAskedForAndTheAnswerIsLookedUp()
    {
        await using var app = new SaviraApp();

        var question = await app.SayAsync("pdam", Cancel);
        var answer = await app.SayAsync("0456 0078", Cancel);

        Assert.Contains("*nomor pelanggan*", question, StringComparison.Ordinal);
        Assert.Contains("8 digit", question, StringComparison.Ordinal);
        Assert.Contains("Semua tagihan sudah lunas", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidCustomerNumberIsReaskedOnceWithAnExampleThenTheDialogueEnds()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("tagihan air", Cancel);

        var reask = await app.SayAsync("123", Cancel);
        var giveUp = await app.SayAsync("hmm", Cancel);

        Assert.Contains("*8 digit*", reask, StringComparison.Ordinal);
        Assert.Contains("*01230045*", reask, StringComparison.Ordinal);
        Assert.Contains("masih belum bisa saya kenali", giveUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCustomerNumberLengthComesFromConfiguration()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Pdam:CustomerNumberLength"] = "10" });

        var question = await app.SayAsync("pdam", Cancel);
        var reask = await app.SayAsync("01230045", Cancel);

        Assert.Contains("10 digit", question, StringComparison.Ordinal);
        Assert.Contains("*10 digit*", reask, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCustomerNumberIsSaidPlainly()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("pdam 99999999", Cancel);

        Assert.Contains("*99999999* tidak terdaftar", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatalWhileTheCustomerNumberIsAskedEndsTheDialogue()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("pdam", Cancel);

        var cancelled = await app.SayAsync("batal", Cancel);

        Assert.Contains("dibatalkan", cancelled, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Null(connection.ExecuteScalar<string?>("SELECT dialogue FROM sessions"));
    }

    [Fact]
    public async Task AKnownOutageInTheKelurahanIsReportedWithItsExpectedEnd()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("air mati di meteseh", Cancel);

        Assert.Contains("Ada gangguan air yang sudah diketahui", reply, StringComparison.Ordinal);
        Assert.Contains("*Kelurahan Meteseh, Kecamatan Tembalang*", reply, StringComparison.Ordinal);
        Assert.Contains("Perbaikan pipa distribusi", reply, StringComparison.Ordinal);
        Assert.Contains("Perkiraan air normal kembali", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingAboutAKecamatanListsOutagesOfItsKelurahan()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("air mati kecamatan tembalang", Cancel);

        Assert.Contains("di Kecamatan Tembalang", reply, StringComparison.Ordinal);
        Assert.Contains("*Kelurahan Meteseh, Kecamatan Tembalang*", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNoKnownOutageTheCitizenMayFileAReport()
    {
        await using var app = new SaviraApp();

        var offer = await app.SayAsync("air mati di tlogosari kulon dari tadi", Cancel);
        var filed = await app.SayAsync("iya", Cancel);

        Assert.Contains("*belum ada info gangguan air* di *Kelurahan Tlogosari Kulon, Kecamatan Pedurungan*", offer, StringComparison.Ordinal);
        Assert.Contains("Balas *ya*", offer, StringComparison.Ordinal);
        Assert.Contains("nomor *PDAM-000001*", filed, StringComparison.Ordinal);
        Assert.Equal(1, app.Count("pdam_outage_reports WHERE kelurahan_id = 80011 AND sender = 'whatsapp:+6281234567890'"));
    }

    [Fact]
    public async Task ADeclinedReportIsNotRecorded()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("air mati bongsari", Cancel);

        var reply = await app.SayAsync("tidak usah", Cancel);

        Assert.Contains("laporan tidak dibuat", reply, StringComparison.Ordinal);
        Assert.Equal(0, app.Count("pdam_outage_reports"));
    }

    [Fact]
    public async Task AMissingAreaIsAskedForAndASharedLocationAnswersIt()
    {
        await using var app = new SaviraApp();

        var question = await app.SayAsync("air pdam mati", Cancel);
        var answer = string.Join("\n", await app.ShareLocationAsync(-6.9985, 110.4672, Cancel));

        Assert.Contains("*kelurahan* atau *kecamatan*", question, StringComparison.Ordinal);
        Assert.Contains("lokasi", question, StringComparison.Ordinal);
        Assert.Contains("*Kecamatan Pedurungan*", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALocationOutsideTheCityIsReaskedOnce()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("air mati", Cancel);

        var reask = string.Join("\n", await app.ShareLocationAsync(-6.2088, 106.8456, Cancel)); // Jakarta
        var answer = await app.SayAsync("Purwosari, Semarang Utara", Cancel);

        Assert.Contains("belum saya kenali", reask, StringComparison.Ordinal);
        Assert.Contains("*Kelurahan Purwosari, Kecamatan Semarang Utara*", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKelurahanNamedLikeAnEverydayWordNeedsAPlaceWord()
    {
        await using var app = new SaviraApp();

        var everyday = await app.SayAsync("air mati kudu piye", Cancel);
        await app.SayAsync("batal", Cancel);
        var place = await app.SayAsync("air mati di kudu", Cancel);

        Assert.Contains("*kelurahan* atau *kecamatan* mana", everyday, StringComparison.Ordinal);
        Assert.Contains("*Kelurahan Kudu, Kecamatan Genuk*", place, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABillQuestionNamingAPlaceStillAsksForTheCustomerNumber()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("tagihan pdam rumah di tembalang", Cancel);

        Assert.Contains("*nomor pelanggan*", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cek tagihan pdam no pelanggan 0123 0045", "01230045", "*Total belum dibayar: Rp156.600*")]
    [InlineData("pdam 0456 0078", "04560078", "Semua tagihan sudah lunas")]
    [InlineData("tagihan air 0789-0012 brp?", "07890012", "*Total belum dibayar: Rp123.200*")]
    [InlineData("no pelanggan saya 0456.0078.", "04560078", "Semua tagihan sudah lunas")]
    [InlineData("0789 0012", "07890012", "*Oktober 2026*: 11 m³, Rp56.300")]
    public async Task ACustomerNumberIsReadPlainOrGrouped(string message, string number, string expected)
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync(message, Cancel);

        Assert.Contains($"No. pelanggan: *{number}*", reply, StringComparison.Ordinal);
        Assert.Contains(expected, reply, StringComparison.Ordinal);
    }

    // A menu choice is one or two digits; a longer bare number is an identifier (here the PDAM length).
    [Fact]
    public async Task ABareCustomerNumberShowsTheBills()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("01230045", Cancel);

        Assert.Contains("No. pelanggan: *01230045*", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMatcherReadsTheServicesCustomerNumberLength()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Pdam:CustomerNumberLength"] = "10" });

        var tenDigits = await app.SayAsync("0123 0045 67", Cancel);

        Assert.Contains("*0123004567* tidak terdaftar", tenDigits, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMatchersOwnLengthSettingIsGoneAndNamedAtStartup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Savira:Matcher:PdamCustomerNumberLength"] = "10" })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddIntentMatcher().BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MatcherOptions>>().Value);

        Assert.Contains("Savira:Matcher:PdamCustomerNumberLength", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Savira:Pdam:CustomerNumberLength", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBillsEndWithTheOfferAndTheLastFourDigitsOfTheCustomersNikShowTheStreet()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync(Lookup, Cancel);
        var address = await app.SayAsync("0005", Cancel);

        Assert.DoesNotContain(Street, reply, StringComparison.Ordinal);
        Assert.EndsWith(Offer, reply, StringComparison.Ordinal);
        Assert.Contains("Jl. Sriwijaya No. 30, Kel. Tegalsari, Kec. Candisari", address, StringComparison.Ordinal);
        Assert.DoesNotContain("Rp", address, StringComparison.Ordinal); // the address and nothing else
        Assert.DoesNotContain("Hartono", address, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongDigitsForTheAddressAreRefusedTwiceThenTheOfferEnds()
    {
        await using var app = new SaviraApp();
        await app.SayAsync(Lookup, Cancel);

        var first = await app.SayAsync("5000", Cancel);
        var second = await app.SayAsync("0 0 0 6", Cancel);
        var afterwards = await app.SayAsync("0005", Cancel);

        Assert.Contains("tidak sesuai", first, StringComparison.Ordinal);
        Assert.Contains("tidak dapat ditampilkan", second, StringComparison.Ordinal);
        Assert.DoesNotContain(Street, first + second + afterwards, StringComparison.Ordinal);
        Assert.DoesNotContain("Sriwijaya", first + second, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Null(connection.ExecuteScalar<string?>("SELECT dialogue FROM sessions"));
    }

    [Fact]
    public async Task WrongDigitsCountAcrossPbbAndPdamLookupsAndEndTheOffersForADay()
    {
        await using var app = new SaviraApp();
        foreach (var wrong in new[] { "1111", "2222" })
        {
            await app.SayAsync("cek pbb 33.74.010.005.012-0345.0", Cancel);
            await app.SayAsync(wrong, Cancel);
            await app.SayAsync(Lookup, Cancel);
            await app.SayAsync(wrong, Cancel);
        }

        var bills = await app.SayAsync(Lookup, Cancel);
        var digits = await app.SayAsync("0005", Cancel);

        Assert.DoesNotContain(Offer, bills, StringComparison.Ordinal);
        Assert.DoesNotContain(Street, digits, StringComparison.Ordinal);
        Assert.Equal(4, app.Count("nik_proof_failures"));
    }

    [Fact]
    public async Task AnOutageQuestionRightAfterTheBillsLetsTheAddressOfferLapse()
    {
        await using var app = new SaviraApp();
        await app.SayAsync(Lookup, Cancel);

        var reply = await app.SayAsync("air mati di meteseh", Cancel);

        Assert.Contains("Ada gangguan air yang sudah diketahui", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("tidak sesuai", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheCustomersNikOnFileNoAddressIsOffered()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("halo", Cancel);
        using (var connection = app.OpenDatabase())
            connection.Execute("UPDATE pdam_customers SET owner_nik = NULL WHERE customer_number = '01230045'");

        var reply = await app.SayAsync(Lookup, Cancel);
        var digits = await app.SayAsync("0005", Cancel);

        Assert.Contains("Kel. Tegalsari, Kec. Candisari", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("alamat lengkap", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Street, reply + digits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeitherTheCustomersNikNorTheDigitsAreLogged()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("halo", Cancel);
        var logs = LogCollector.AttachTo(app);

        await app.SayAsync(Lookup, Cancel);
        await app.SayAsync("5000", Cancel);
        await app.SayAsync("0005", Cancel);

        Assert.NotEmpty(logs.Entries);
        Assert.All(logs.Entries, entry =>
        {
            var written = entry.Message + entry.Exception;
            Assert.DoesNotContain(CustomerNik, written, StringComparison.Ordinal);
            Assert.DoesNotContain("5000", written, StringComparison.Ordinal);
            Assert.DoesNotContain("0005", written, StringComparison.Ordinal);
        });
    }
}
