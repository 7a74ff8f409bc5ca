using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Services.Regions;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

public sealed class CityAreasTests
{
    [Fact]
    public async Task TheSeedHoldsSemarangsSixteenKecamatanAndTheirKelurahan()
    {
        await using var app = new SaviraApp();
        _ = app.CreateClient(); // starts the host, which migrates

        Assert.Equal(16, app.Count("kecamatan"));
        Assert.Equal(177, app.Count("kelurahan"));
        Assert.Equal(0, app.Count("kelurahan WHERE kecamatan_id NOT IN (SELECT id FROM kecamatan)"));
    }

    [Theory]
    [InlineData("air mati di gajah mungkur", "Kecamatan Gajahmungkur")]
    [InlineData("air mati kelurahan tembalang", "Kelurahan Tembalang, Kecamatan Tembalang")]
    [InlineData("air mati tembalang", "Kecamatan Tembalang")]
    [InlineData("mati di Srondol Wetan", "Kelurahan Srondol Wetan, Kecamatan Banyumanik")]
    [InlineData("mangunharjo tugu", "Kelurahan Mangunharjo, Kecamatan Tugu")]
    [InlineData("mangunharjo tembalang", "Kelurahan Mangunharjo, Kecamatan Tembalang")]
    [InlineData("daerah tanjungmas", "Kelurahan Tanjung Mas, Kecamatan Semarang Utara")]
    public async Task AreasAreFoundInFreeTextTheMostSpecificFirst(string text, string expected)
    {
        await using var app = new SaviraApp();
        var areas = app.Services.GetRequiredService<CityAreas>();
        _ = app.CreateClient();

        Assert.Equal(expected, areas.FindIn(text)?.ToString());
    }

    [Fact]
    public async Task EveryKelurahanIsFoundInAnyCaseAndWithoutItsSpaces()
    {
        await using var app = new SaviraApp();
        _ = app.CreateClient();
        var areas = app.Services.GetRequiredService<CityAreas>();
        using var connection = app.OpenDatabase();
        var names = connection.Query<string>("SELECT name FROM kelurahan").ToList();

        foreach (var name in names)
        {
            foreach (var written in new[] { name.ToUpperInvariant(), name.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal) })
                Assert.Equal(name, areas.FindIn($"air mati di kel. {written} sejak pagi")?.Kelurahan);
        }
    }
}
