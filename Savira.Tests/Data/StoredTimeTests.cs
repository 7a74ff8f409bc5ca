using Savira.Core.Data;

namespace Savira.Tests.Data;

public sealed class StoredTimeTests
{
    [Fact]
    public void AMomentIsStoredInUtcSoThatTextOrderIsTimeOrder()
    {
        var earlierInWib = StoredTime.Format(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(7)));
        var laterInUtc = StoredTime.Format(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

        Assert.Equal("2026-11-30T01:00:00.0000000+00:00", earlierInWib);
        Assert.True(string.CompareOrdinal(earlierInWib, laterInUtc) < 0);
    }

    [Fact]
    public void AStoredMomentReadsBackAsTheSameInstant()
    {
        var moment = new DateTimeOffset(2026, 11, 30, 8, 15, 30, TimeSpan.FromHours(7));

        Assert.Equal(moment, StoredTime.Parse(StoredTime.Format(moment)));
    }

    [Fact]
    public void ADayIsStoredAsYearMonthDay()
    {
        Assert.Equal("2026-01-05", StoredTime.Day(new DateOnly(2026, 1, 5)));
        Assert.Equal(new DateOnly(2026, 1, 5), StoredTime.ParseDay("2026-01-05"));
    }
}
