using Savira.Core.Understanding.Morphology;
using Savira.Core.Understanding.Normalization;

namespace Savira.Tests.Understanding;

public sealed class TextNormalizerTests
{
    static readonly Dictionary<string, int> Vocabulary = new()
    {
        ["tagihan"] = 12, ["pajak"] = 30, ["kendaraan"] = 8, ["puskesmas"] = 20, ["antrean"] = 15, ["pelanggan"] = 9,
    };

    static readonly TextNormalizer Normalizer = new(Lexicon.Build([]), RootWords.Shipped.Contains, Vocabulary);

    static string Normalize(string text) => string.Join(' ', Normalizer.Normalize(text));

    [Theory]
    [InlineData("min pbb sy brp ya", "min pbb saya berapa iya")]
    [InlineData("gmn carane, udh blm?", "bagaimana cara sudah belum")]
    [InlineData("tgl brp dmn kpn", "tanggal berapa di mana kapan")]
    [InlineData("pjk pbb kk", "pajak pbb kk")] // acronyms of the domain stay as they are
    [InlineData("gk ada, mhn dibantu", "tidak ada mohon dibantu")]
    public void SlangAndAbbreviationsBecomeStandardWords(string text, string expected) =>
        Assert.Equal(expected, Normalize(text));

    [Theory]
    [InlineData("piye carane mbayar", "bagaimana cara bayar")]
    [InlineData("pripun, ora iso", "bagaimana tidak bisa")]
    [InlineData("nggih suwun", "iya terima kasih")]
    [InlineData("badhe damel ktp enggal", "mau buat ktp baru")]
    public void JavaneseWordsBecomeIndonesian(string text, string expected) =>
        Assert.Equal(expected, Normalize(text));

    [Theory]
    [InlineData("tolonggg", "tolong")]
    [InlineData("halooo", "halo")]
    [InlineData("ADMINNN", "admin")]
    [InlineData("makasihh", "terima kasih")]
    public void ElongatedLettersAreFolded(string text, string expected) =>
        Assert.Equal(expected, Normalize(text));

    [Theory]
    [InlineData("tagiahn", "tagihan")]       // swapped letters
    [InlineData("puskesmsa", "puskesmas")]
    [InlineData("kendaran", "kendaraan")]    // a letter missing
    [InlineData("pelangan", "pelanggan")]
    public void TyposAreCorrectedToTheKnownVocabulary(string text, string expected) =>
        Assert.Equal(expected, Normalize(text));

    [Fact]
    public void ShortWordsAndRealWordsAreNotCorrected()
    {
        Assert.Equal("tgh", Normalize("tgh")); // too short to guess: three letters allow no edit
        Assert.Equal("pajang", Normalize("pajang")); // a real root word, one edit from "pajak"… and left alone
    }

    [Fact]
    public void EmojiPunctuationCaseAndAccentsAreDropped() =>
        Assert.Equal("halo min pbb", Normalize("Halo, MIN!!! 😊 PBB…"));

    [Fact]
    public void NumbersLeftInTheTextBecomeOneToken() =>
        Assert.Equal($"pajak belum bayar {TextNormalizer.NumberToken} tahun", Normalize("pajak blm bayar 2thn"));

    [Fact]
    public void OperatorEntriesWinOverTheShippedLexicon()
    {
        var normalizer = new TextNormalizer(Lexicon.Build([("kk", "kartu keluarga")]), RootWords.Shipped.Contains);

        Assert.Equal(["kartu", "keluarga"], normalizer.Normalize("kk"));
        Assert.Equal(["kk"], new TextNormalizer(Lexicon.Build([]), RootWords.Shipped.Contains).Normalize("kk"));
    }

    [Theory]
    [InlineData("pajak", "pajek", 1)]
    [InlineData("tagihan", "tagiahn", 1)] // one adjacent swap
    [InlineData("kendaraan", "kndraan", 2)]
    public void EditDistanceCountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, 3));
}
