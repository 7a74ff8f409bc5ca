using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Dialogue;

/// <summary>Each request in a message gets its answer, in order; one that needs a dialogue comes last.</summary>
public sealed class SeveralRequestsTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoServicesInOneMessageAreBothAnswered()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("berapa biaya bikin kia anak? trus puskesmas mana yang buka 24 jam", Cancel);

        Assert.Contains("Kartu Identitas Anak", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("24 jam", reply, StringComparison.Ordinal);
        Assert.True(reply.IndexOf("Identitas Anak", StringComparison.OrdinalIgnoreCase) < reply.IndexOf("24 jam", StringComparison.Ordinal),
            "the answers keep the order of the questions");
    }

    [Theory]
    [InlineData("jalan berlubang besar di jl. majapahit depan pom bensin, sudah 2 minggu banyak motor jatuh")]
    [InlineData("lampu pju mati di gg. mawar rt. 03 kel. tlogosari kulon sudah seminggu gelap sekali")]
    public async Task TheFullStopOfAnAddressAbbreviationEndsNoRequest(string text)
    {
        await using var app = new SaviraApp();

        var replies = await app.ChatAsync(text, Cancel);

        var reply = Assert.Single(replies);
        Assert.DoesNotContain("Satu per satu", reply, StringComparison.Ordinal);
        Assert.Contains("kirim *foto*", reply, StringComparison.Ordinal); // what happened and where are both taken
    }

    [Fact]
    public async Task TwoQuestionsOfOneServiceGetTwoAnswers()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("stnk saya hilang gimana ngurusnya? terus kalau telat bayar pajak dendanya berapa?", Cancel);

        Assert.Contains("STNK", reply, StringComparison.Ordinal);
        Assert.Contains("hilang", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("denda", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ARequestThatNeedsADialogueIsAskedAfterTheOtherAnswer()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("syarat akta kematian apa aja? sekalian mau cek pajak motor", Cancel);

        Assert.Contains("kematian", reply, StringComparison.OrdinalIgnoreCase);
        Assert.True(reply.IndexOf("kematian", StringComparison.OrdinalIgnoreCase) < reply.IndexOf("nomor polisi", StringComparison.OrdinalIgnoreCase),
            "the answer first, the question for the plate last");
        using var connection = app.OpenDatabase();
        Assert.Contains("pkb", connection.ExecuteScalar<string>("SELECT dialogue FROM sessions")!, StringComparison.Ordinal);
        var looked = await app.SayAsync("H 1234 AB", Cancel);
        Assert.Contains("H 1234 AB", looked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenewingAFamilyCardAndAWaterBillAreTwoRequests()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("sy mau perpanjang kk sekalian tanya tagihan pdam", Cancel);

        Assert.Contains("*KK* juga tidak punya masa berlaku", reply, StringComparison.Ordinal);
        Assert.Contains("nomor pelanggan", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGreetingAndThanksAroundOneQuestionAreNotRequests()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("Selamat siang Bapak/Ibu. Saya ingin bertanya bagaimana cara membuat NPWP secara online? Terima kasih.", Cancel);

        Assert.Contains("NPWP", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Sama-sama", reply, StringComparison.Ordinal);
    }
}
