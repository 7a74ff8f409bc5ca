using Savira.Core.Understanding;

namespace Savira.Tests.Understanding;

/// <summary>
/// A long letter whose whole reading is out of scope is read sentence by sentence: the greeting, the address and the
/// closing formula do not drown its one request, and a letter with no request stays out.
/// </summary>
public sealed class SentenceEvidenceTests(TrainedApp trained) : IClassFixture<TrainedApp>
{
    const string Letter = "Kepada Yth. Bapak Walikota Semarang. Dengan hormat, saya warga Kel. Sendangmulyo RT 05 RW 12. "
        + "Saya ingin menyampaikan bahwa e-KTP saya sudah 2 bulan belum jadi padahal sudah rekam. Mohon bantuannya. Hormat saya.";

    [Fact]
    public void ALetterAroundOneRequestIsThatRequest()
    {
        var read = trained.Matcher.Match(Letter);

        Assert.Equal(Intent.Kependudukan, read.Intent);
        Assert.Equal(MatchOutcome.Confident, read.Outcome);
        Assert.True(read.Words.Count >= 20, "the whole message's words are kept");
    }

    [Fact]
    public void WithoutSentenceEvidenceTheSameLetterIsNotPlaced()
    {
        // The premise of the test above: the whole reading alone keeps this letter out (else it proves nothing).
        var whole = trained.Matcher.Match(Letter.Replace(". ", " ", StringComparison.Ordinal));

        Assert.NotEqual(Intent.Kependudukan, whole.Intent);
    }

    [Theory]
    [InlineData("Selamat siang Bapak/Ibu yang terhormat. Saya mau tanya lowongan kerja di Pemkot Semarang. Apakah ada info CPNS tahun depan? Terima kasih atas perhatiannya.")]
    [InlineData("Yth. Admin, promo spesial akhir tahun! Dapatkan diskon 50 persen untuk pembelian motor baru di dealer kami. Hubungi segera nomor ini. Terima kasih.")]
    public void ALetterWithNoRequestOfOursStaysOut(string letter)
    {
        Assert.Equal(Intent.OutOfScope, trained.Matcher.Match(letter).Intent);
    }
}
