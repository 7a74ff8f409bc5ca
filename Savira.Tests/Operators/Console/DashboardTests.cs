using System.Text.RegularExpressions;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>The dashboard shows what the meters saw: messages, those not understood, citizens waiting for an officer.</summary>
[Collection(ProcessWideMeters.Name)]
public sealed partial class DashboardTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDashboardCountsTheHoursMessagesThoseNotUnderstoodAndTheCitizensWaiting()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("xqzv wlrmp", Cancel);
        await app.ChatAsync("jadwal dokter anak hari kamis", Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        await app.ChatAsync("halo", Cancel, from: "whatsapp:+6281234500002");
        var officer = await app.SignedInClientAsync("petugas1", StaffRole.Officer, Cancel);

        var page = await officer.GetStringAsync("/console/dasbor", Cancel);

        Assert.Equal("4", Figure(page, "Pesan dijawab, 60 menit terakhir"));
        Assert.Equal("25% (1)", Figure(page, "Tidak dipahami, 60 menit terakhir"));
        Assert.Equal("1", Figure(page, "Warga menunggu petugas"));
        Assert.Equal("0", Figure(page, "Pesan keluar gagal atau belum pasti"));
    }

    static string Figure(string page, string label) =>
        Value().Matches(page).Single(match => match.Groups["label"].Value == label).Groups["value"].Value;

    [GeneratedRegex(@"<dt>(?<label>[^<]+)</dt><dd[^>]*>(?<value>[^<]+)</dd>")]
    private static partial Regex Value();
}
