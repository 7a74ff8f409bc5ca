using System.Net;
using System.Text.Json;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>A citizen asks for a human: the bot goes silent for them until an operator releases them or the timeout passes.</summary>
public sealed class HandoffTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DuringOfficeHoursTheCitizenIsToldAnOfficerWillAnswerAndTheBotFallsSilent()
    {
        await using var app = ServiceChat.NewApp();

        var accepted = Assert.Single(await app.ChatAsync("saya mau bicara dengan petugas", Cancel));
        var silent = await app.ChatAsync("halo, ada orang?", Cancel);

        Assert.Contains("Petugas kami akan segera membalas", accepted, StringComparison.Ordinal);
        Assert.Empty(silent);
        Assert.Equal(2, app.Count("inbound_messages")); // still journaled
        Assert.Equal(1, app.Count("handoffs"));
    }

    [Fact]
    public async Task OutsideOfficeHoursTheCitizenIsToldWhenOfficersAreBack()
    {
        await using var app = ServiceChat.NewApp();
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.Zero)); // Saturday 10:00 WIB

        var accepted = Assert.Single(await app.ChatAsync("minta cs dong", Cancel));

        Assert.Contains("Senin–Jumat, 08.00–16.00 WIB", accepted, StringComparison.Ordinal);
        Assert.Contains("*Senin, 7 Desember 2026 pukul 08.00 WIB*", accepted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOperatorSeesTheConversationAndReleasingItLetsTheBotAnswerAgain()
    {
        await using var app = ServiceChat.NewApp();
        await app.ChatAsync("jadwal dokter anak hari kamis", Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        await app.ChatAsync("dokternya ganti ya?", Cancel);
        using var admin = app.Admin();

        using var open = JsonDocument.Parse(await admin.GetStringAsync("/admin/api/handoffs", Cancel));
        var handoff = Assert.Single(open.RootElement.EnumerateArray().ToList());
        var id = handoff.GetProperty("request").GetProperty("id").GetInt64();
        var transcript = handoff.GetProperty("transcript").EnumerateArray().Select(line => line.GetProperty("text").GetString()).ToList();
        using var release = await admin.PostAsync($"/admin/api/handoffs/{id}/release", null, Cancel);
        var answered = await app.ChatAsync("jadwal dokter mata hari kamis", Cancel);
        using var again = await admin.PostAsync($"/admin/api/handoffs/{id}/release", null, Cancel);
        using var unknown = await admin.PostAsync("/admin/api/handoffs/999/release", null, Cancel);

        Assert.Equal(SaviraApp.Citizen, handoff.GetProperty("request").GetProperty("sender").GetString());
        Assert.Contains("jadwal dokter anak hari kamis", transcript);
        Assert.Contains("dokternya ganti ya?", transcript);
        Assert.Equal(HttpStatusCode.OK, release.StatusCode);
        Assert.Equal(2, answered.Count);
        Assert.Contains("Sesi bersama petugas sudah selesai", answered[0], StringComparison.Ordinal);
        Assert.Contains("*Jadwal Poli Mata*", answered[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TheBotAnswersAgainOnceTheTimeoutHasPassed()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Handoff:TimeoutMinutes"] = "30" });

        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        app.Clock.Advance(TimeSpan.FromMinutes(29));
        var stillSilent = await app.ChatAsync("halo?", Cancel);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var answered = await app.ChatAsync("halo?", Cancel);

        Assert.Empty(stillSilent);
        Assert.Contains("selamat pagi", Assert.Single(answered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheCitizenWhoAskedIsSilenced()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var other = await app.ChatAsync("halo", Cancel, from: "whatsapp:+6289876543210");

        Assert.Single(other);
    }

    [Fact]
    public async Task OfficeDaysAndHoursComeFromConfiguration()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?>
        {
            ["Savira:Handoff:OfficeDays"] = "Monday,Tuesday,Wednesday,Thursday",
            ["Savira:Handoff:OfficeOpens"] = "07:30",
            ["Savira:Handoff:OfficeCloses"] = "15:30",
        });
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 2, 0, 0, TimeSpan.Zero)); // Friday 09:00 WIB

        var accepted = Assert.Single(await app.ChatAsync("saya mau bicara dengan petugas", Cancel));

        Assert.Contains("Senin–Kamis, 07.30–15.30 WIB", accepted, StringComparison.Ordinal);
        Assert.Contains("*Senin, 7 Desember 2026 pukul 07.30 WIB*", accepted, StringComparison.Ordinal);
    }
}
