using Savira.Core.Privacy;
using Savira.Core.Replies;

namespace Savira.Tests.Replies;

public sealed class IndonesianFormatTests
{
    [Theory]
    [InlineData(1234567, "Rp1.234.567")]
    [InlineData(0, "Rp0")]
    [InlineData(999, "Rp999")]
    [InlineData(-15000, "-Rp15.000")]
    public void RupiahUsesDotsBetweenThousands(long amount, string expected) =>
        Assert.Equal(expected, IndonesianFormat.Rupiah(amount));

    [Fact]
    public void DateNamesTheDayAndTheMonthInIndonesian() =>
        Assert.Equal("Senin, 30 November 2026", IndonesianFormat.Date(new DateOnly(2026, 11, 30)));

    [Fact]
    public void DateTimeIsShownInWibEvenWhenTheDayDiffersInUtc() =>
        Assert.Equal("Selasa, 1 Desember 2026 pukul 02.30 WIB",
            IndonesianFormat.DateTime(new DateTimeOffset(2026, 11, 30, 19, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void TimeIsWrittenWithADotBetweenHoursAndMinutes() =>
        Assert.Equal("08.05", IndonesianFormat.Time(new TimeOnly(8, 5)));

    [Fact]
    public void TodayIsTheCalendarDayInWib() =>
        Assert.Equal(new DateOnly(2026, 12, 1), Wib.Today(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("Suharto", "S***o")]
    [InlineData("Siti Rahayu", "S***i R***u")]
    [InlineData("Ny. Ani", "N***. A***i")]
    public void PersonNamesKeepOnlyTheFirstAndLastLetterOfEachWord(string name, string masked) =>
        Assert.Equal(masked, PersonName.Masked(name));
}
