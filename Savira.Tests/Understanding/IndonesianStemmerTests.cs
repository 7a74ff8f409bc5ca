using Savira.Core.Understanding.Morphology;

namespace Savira.Tests.Understanding;

public sealed class IndonesianStemmerTests
{
    static readonly IndonesianStemmer Stemmer = new(RootWords.Shipped);

    [Theory]
    [InlineData("pembayaran", "bayar")]
    [InlineData("membayar", "bayar")]
    [InlineData("dibayarkan", "bayar")]
    [InlineData("bayarnya", "bayar")]
    [InlineData("mbayar", "bayar")]         // Javanese nasal prefix
    [InlineData("pendaftaran", "daftar")]
    [InlineData("mendaftar", "daftar")]
    [InlineData("perpanjangan", "panjang")]
    [InlineData("diperpanjang", "panjang")]
    [InlineData("berlubang", "lubang")]
    [InlineData("mengurus", "urus")]
    [InlineData("ngurus", "urus")]
    [InlineData("pajaknya", "pajak")]
    [InlineData("tagihannya", "tagih")]
    [InlineData("ngecek", "cek")]
    [InlineData("menyapu", "sapu")]
    [InlineData("pemeriksaan", "periksa")]
    [InlineData("antreannya", "antre")]
    public void AffixesAreStrippedDownToTheRoot(string word, string root) =>
        Assert.Equal(root, Stemmer.Stem(word));

    [Theory]
    [InlineData("kendaraan", "kendara")] // not Lucene's "ndara"
    [InlineData("mati", "mati")]          // a root that looks like me- + "ati"
    [InlineData("menu", "menu")]
    [InlineData("pajak", "pajak")]
    public void ARootIsNeverOverStripped(string word, string root) =>
        Assert.Equal(root, Stemmer.Stem(word));

    [Fact]
    public void AWordThatReachesNoRootIsLeftAsItIs() =>
        Assert.Equal("wongsonegoro", Stemmer.Stem("wongsonegoro"));
}
