using Savira.Core.Services.Puskesmas;

namespace Savira.Tests.Services.Puskesmas;

public sealed class PuskesmasFinderTests
{
    static readonly PuskesmasPlace[] Places =
    [
        Place("halmahera", "Puskesmas Halmahera", "Semarang Timur", -6.9905, 110.4400),
        Place("bugangan", "Puskesmas Bugangan", "Semarang Timur", -6.9770, 110.4400),
        Place("karangdoro", "Puskesmas Karangdoro", "Semarang Timur", -6.9700, 110.4350),
        Place("kedungmundu", "Puskesmas Kedungmundu", "Tembalang", -7.0240, 110.4600),
        Place("rowosari", "Puskesmas Rowosari", "Tembalang", -7.0700, 110.4720),
        Place("tlogosari-kulon", "Puskesmas Tlogosari Kulon", "Pedurungan", -6.9830, 110.4680),
        Place("tlogosari-wetan", "Puskesmas Tlogosari Wetan", "Pedurungan", -6.9900, 110.4800),
        Place("sekaran", "Puskesmas Sekaran", "Gunungpati", -7.0540, 110.3900),
        Place("mangkang", "Puskesmas Mangkang", "Tugu", -6.9710, 110.3050),
    ];

    [Theory]
    [InlineData("kedung mundu", "kedungmundu")]
    [InlineData("pkm halmahera", "halmahera")]
    [InlineData("mau antri di puskesmas KEDUNGMUNDU dong", "kedungmundu")]
    [InlineData("tlogosari kulom", "tlogosari-kulon")]
    [InlineData("halmahra poli gigi", "halmahera")]
    public void NameIsFoundDespiteSpacesCaseAndTypos(string text, string expected)
    {
        var found = Assert.Single(PuskesmasFinder.Find(text, Places));
        Assert.Equal(expected, found.Code);
    }

    [Fact]
    public void KecamatanNamesEveryPuskesmasInIt()
    {
        var found = PuskesmasFinder.Find("saya tinggal di semarang timur", Places);
        Assert.Equal(["halmahera", "bugangan", "karangdoro"], found.Select(p => p.Code));
    }

    [Fact]
    public void AnAmbiguousPrefixListsEveryMatch()
    {
        var found = PuskesmasFinder.Find("pkm tlogosari", Places);
        Assert.Equal(["tlogosari-kulon", "tlogosari-wetan"], found.Select(p => p.Code));
    }

    [Theory]
    [InlineData("ambil antrean sekarang")] // "sekarang" is one letter from Sekaran, but it is a common word
    [InlineData("ambil antrean puskesmas")]
    public void OrdinaryWordsNameNoPuskesmas(string text) => Assert.Empty(PuskesmasFinder.Find(text, Places));

    [Fact]
    public void NearestIsTheClosestToThePin()
    {
        // A pin on Jl. Sambiroto, a few hundred metres from Puskesmas Kedungmundu.
        var (place, kilometres) = PuskesmasFinder.Nearest(-7.0270, 110.4630, Places)!.Value;
        Assert.Equal("kedungmundu", place.Code);
        Assert.InRange(kilometres, 0.1, 1.0);
    }

    static PuskesmasPlace Place(string code, string name, string kecamatan, double latitude, double longitude) =>
        new() { Code = code, Name = name, Kecamatan = kecamatan, Address = "-", Latitude = latitude, Longitude = longitude };
}
