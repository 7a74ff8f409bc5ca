using Savira.Tests.Support;

namespace Savira.Tests.Services;

public sealed class PkbTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APlateInTheFirstMessageIsAnsweredWithoutAQuestion()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("cek pajak motor H 1234 AB", Cancel);

        Assert.Contains("Nomor polisi: *H 1234 AB*", reply, StringComparison.Ordinal);
        Assert.Contains("Sepeda motor, Honda Vario 125 (2021)", reply, StringComparison.Ordinal);
        Assert.Contains("Pemilik: R***a W***i", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Alamat", reply, StringComparison.OrdinalIgnoreCase); // a plate is seen by anyone: no address, not even on offer
        Assert.Contains("Jatuh tempo: Senin, 15 Maret 2027", reply, StringComparison.Ordinal);
        Assert.Contains("*Jumlah: Rp256.000*", reply, StringComparison.Ordinal);
        Assert.Contains("Berlaku sampai: Sabtu, 15 Maret 2031", reply, StringComparison.Ordinal);
        Assert.Contains("Samsat", reply, StringComparison.Ordinal);
        Assert.Contains("New Sakpole", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("lewat jatuh tempo", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingPlateIsAskedForAndTheAnswerIsLookedUp()
    {
        await using var app = new SaviraApp();

        var question = await app.SayAsync("perpanjang stnk", Cancel);
        var answer = await app.SayAsync("h8821kl", Cancel);

        Assert.Contains("*nomor polisi*", question, StringComparison.Ordinal);
        Assert.Contains("Toyota Avanza 1.3 G", answer, StringComparison.Ordinal);
        Assert.Contains("Jatuh tempo: Kamis, 10 Desember 2026", answer, StringComparison.Ordinal);
        Assert.Contains("*Jumlah: Rp2.593.000*", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidPlateIsReaskedOnceWithAnExampleThenTheDialogueEnds()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("pkb", Cancel);

        var reask = await app.SayAsync("12345", Cancel);
        var giveUp = await app.SayAsync("lupa", Cancel);

        Assert.Contains("*H 1234 AB*", reask, StringComparison.Ordinal);
        Assert.Contains("STNK", reask, StringComparison.Ordinal);
        Assert.Contains("masih belum bisa saya kenali", giveUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownPlateIsSaidPlainly()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("pkb H 5555 ZZ", Cancel);

        Assert.Contains("*H 5555 ZZ* tidak ditemukan", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatalWhileThePlateIsAskedEndsTheDialogue()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("samsat", Cancel);

        var cancelled = await app.SayAsync("batal", Cancel);
        Assert.Contains("dibatalkan", cancelled, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Null(Dapper.SqlMapper.ExecuteScalar<string?>(connection, "SELECT dialogue FROM sessions"));
    }

    [Fact]
    public async Task AnOverdueTaxAndAnExpiredStnkAreFlaggedWithTheRenewalSteps()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("pajak motor H-4402-MN", Cancel);

        Assert.Contains("lewat jatuh tempo", reply, StringComparison.Ordinal);
        Assert.Contains("STNK *sudah habis masa berlakunya*", reply, StringComparison.Ordinal);
        Assert.Contains("cek fisik", reply, StringComparison.Ordinal);
        Assert.Contains("STNK Rp100.000", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASmallNumberInTheFirstMessageIsNotTakenForAWrongPlate()
    {
        await using var app = new SaviraApp();

        var question = await app.SayAsync("pajak motor sudah telat 2 bulan", Cancel);
        await app.SayAsync("batal", Cancel);
        var wrong = await app.SayAsync("pkb 12345", Cancel);

        Assert.DoesNotContain("belum bisa saya kenali", question, StringComparison.Ordinal); // "2 bulan" is no plate
        Assert.Contains("denda", question, StringComparison.OrdinalIgnoreCase); // the question about being late is answered
        Assert.Contains("belum bisa saya kenali", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredPaymentChannelsReplaceTheDefaults()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Pkb:PaymentChannels:0"] = "Samsat Kota Contoh, Jl. Merdeka 1" });

        var reply = await app.SayAsync("pkb H 1234 AB", Cancel);

        Assert.Contains("• Samsat Kota Contoh, Jl. Merdeka 1", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("New Sakpole", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pajak motor sy H.1234.AB kapan jatuh temponya?", "H 1234 AB", "Jatuh tempo: Senin, 15 Maret 2027")]
    [InlineData("cek pkb h 8821 kl", "H 8821 KL", "Jatuh tempo: Kamis, 10 Desember 2026")]
    [InlineData("stnk h-4402-mn udah mati blm diperpanjang", "H 4402 MN", "STNK *sudah habis masa berlakunya*")]
    [InlineData("H9090QZ", "H 9090 QZ", "Mitsubishi L300 Pick Up")]
    public async Task APlateIsReadHoweverItIsWritten(string message, string plate, string expected)
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync(message, Cancel);

        Assert.Contains($"Nomor polisi: *{plate}*", reply, StringComparison.Ordinal);
        Assert.Contains(expected, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADottedPlateIsTakenAsTheAnswerToTheQuestion()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("pajak kendaraan", Cancel);

        var answer = await app.SayAsync("H.8821.KL", Cancel);

        Assert.Contains("Toyota Avanza 1.3 G", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoursAndCountsInTheFirstMessageAreNotTakenForAPlate()
    {
        await using var app = new SaviraApp();

        var question = await app.SayAsync("pajak motor sy telat 2 th, samsat buka jam 10 ya?", Cancel);

        Assert.DoesNotContain("belum bisa saya kenali", question, StringComparison.Ordinal);
        Assert.DoesNotContain("nomor polisi tersebut", question, StringComparison.Ordinal);
    }
}
