using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>An emergency is answered first, with 112 at the top, whatever the conversation was waiting for.</summary>
public sealed class EmergencyInEveryStateTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("cek pbb")]                       // waiting for a NOP
    [InlineData("pajak motor")]                   // waiting for a plate
    [InlineData("cek tagihan pdam")]              // waiting for a customer number
    [InlineData("lapor jalan rusak")]             // waiting for the report's description
    [InlineData("ambil antrean puskesmas")]       // waiting for the puskesmas
    [InlineData("jadwal dokter rsud")]            // waiting for the clinic
    [InlineData("cek status permohonan akta")]    // waiting for the registration number
    public async Task AnEmergencyDuringADialogueIsAnsweredFirstAndTheDialogueIsSetAside(string opening)
    {
        await using var app = new SaviraApp();
        await app.SayAsync(opening, Cancel);

        var reply = await app.SayAsync("tolong bapak saya jatuh di kamar mandi gak sadar, napasnya gak ada", Cancel);

        Assert.Contains("112", reply[..Math.Min(300, reply.Length)], StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Null(connection.ExecuteScalar<string?>("SELECT dialogue FROM sessions"));
        Assert.Equal("emergency", connection.ExecuteScalar<string>("SELECT intent FROM inbound_messages ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task AnEmergencyWhileAnOfficerHoldsTheConversationIsAnsweredByTheBot()
    {
        await using var app = ServiceChat.NewApp();
        await app.SayAsync("saya mau bicara dengan petugas", Cancel);
        using var admin = app.Admin();
        (await admin.PostAsync("/admin/api/handoffs/1/claim", null, Cancel)).EnsureSuccessStatusCode();
        await app.SayAsync("halo masih ada orang?", Cancel); // told once that an officer has it
        var silent = await app.SayAsync("halo?", Cancel);

        var reply = await app.SayAsync("rumah sebelah kebakaran apinya besar!!", Cancel);

        Assert.Equal("", silent); // the officer's, not the bot's
        Assert.StartsWith("🚨", reply, StringComparison.Ordinal);
        Assert.Contains("112", reply[..300], StringComparison.Ordinal);
        Assert.Contains("113", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmergencyWhileAClarificationIsOpenIsAnsweredFirst()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Matcher:CloseCallMargin"] = "1" });
        await app.SayAsync("mau bayar pajak tahun ini gimana", Cancel);

        var reply = await app.SayAsync("ada kecelakaan motor di depan rumah korbannya berdarah banyak", Cancel);

        Assert.Contains("112", reply[..300], StringComparison.Ordinal);
        Assert.DoesNotContain("maksud Anda yang mana", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoticesWaitingForTheCitizenComeAfterTheEmergencyAnswer()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("halo", Cancel);
        using (var connection = app.OpenDatabase())
            connection.Execute("INSERT INTO citizen_notices (sender, text, created_at) VALUES (@sender, 'Status laporan Anda berubah', '2026-11-30T01:00:00.0000000+00:00')",
                new { sender = SaviraApp.Citizen });

        var reply = await app.SayAsync("anak tetangga tenggelam di kali tolong", Cancel);

        Assert.StartsWith("🚨", reply, StringComparison.Ordinal);
        Assert.True(reply.IndexOf("112", StringComparison.Ordinal) < reply.IndexOf("Status laporan Anda berubah", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMessageThatMayBeAnEmergencyKeepsItsServiceWith112First()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("banjir sepinggang di rumah, ada lansia", Cancel);

        Assert.StartsWith("⚠️", reply, StringComparison.Ordinal);
        Assert.Contains("112", reply[..120], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEverydayRequestGetsNo112Line()
    {
        await using var app = new SaviraApp();

        var reply = await app.SayAsync("selokan depan rumah mampet kalau hujan banjir", Cancel);

        Assert.DoesNotContain("112", reply, StringComparison.Ordinal);
    }
}
