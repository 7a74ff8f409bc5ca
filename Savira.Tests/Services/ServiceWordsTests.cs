using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Services.Applications;
using Savira.Core.Services.Faq;
using Savira.Core.Services.Infrastruktur;
using Savira.Core.Services.Rsud;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>The small parsers behind the dialogues: days, registration and ticket numbers, and FAQ search.</summary>
public sealed class ServiceWordsTests
{
    static readonly DateOnly Monday = new(2026, 11, 30);

    [Theory]
    [InlineData("jadwal hari ini", "2026-11-30")]
    [InlineData("kalau besok?", "2026-12-01")]
    [InlineData("besuk wae", "2026-12-01")] // Javanese "besuk" = tomorrow
    [InlineData("lusa", "2026-12-02")]
    [InlineData("jum'at", "2026-12-04")]
    [InlineData("SENIN", "2026-11-30")] // today counts
    [InlineData("hari minggu", "2026-12-06")]
    [InlineData("minggu ini semua", "week")]
    public void DayWordsResolveToADateInTheComingWeek(string text, string expected) =>
        Assert.Equal(expected, RequestedDay.Find(text, Monday)?.ToSlot());

    [Fact]
    public void TextWithoutADayHasNone() => Assert.Null(RequestedDay.Find("poli anak", Monday));

    [Theory]
    [InlineData("status duk 20261118 0042 ya", "DUK-20261118-0042")]
    [InlineData("SIP/20261102/0007", "SIP-20261102-0007")]
    [InlineData("sip bidan", null)]
    public void RegistrationNumbersAreFoundInWhateverShapeTheyAreTyped(string text, string? expected) =>
        Assert.Equal(expected, Savira.Core.Understanding.Entities.ApplicationNumber.Find(text));

    [Theory]
    [InlineData("cek inf 2026 12", "INF-2026-000012")]
    [InlineData("tiket INF/2026/000123", "INF-2026-000123")]
    [InlineData("INF-26-0003", null)]
    public void TicketNumbersAreFoundInWhateverShapeTheyAreTyped(string text, string? expected) =>
        Assert.Equal(expected, Savira.Core.Understanding.Entities.TicketNumber.FindIn(text)?.Code);

    [Fact]
    public async Task SearchingEveryIntentFindsTheEntryOfTheRightService()
    {
        await using var app = new SaviraApp();
        _ = app.CreateClient(); // starts the host, which migrates the database
        var retriever = app.Services.GetRequiredService<IFaqRetriever>();

        var matches = retriever.Search("syarat sip bidan", intent: null);

        Assert.Equal("izin_nakes", matches[0].Entry.Intent);
        Assert.Contains("IBI", matches[0].Entry.Answer, StringComparison.Ordinal);
        Assert.Empty(retriever.Search("resep nasi goreng enak", intent: null));
    }
}
