using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Journal;
using Savira.Tests.Support;

namespace Savira.Tests.Journal;

/// <summary>
/// The host is killed (SIGKILL) after a message's side effect is committed and before its reply is; Twilio retries
/// the same MessageSid on the restarted host. The effect must not happen twice, and the citizen must get the answer
/// of the first attempt (their ticket), not "you already have one".
/// </summary>
public sealed class CrashBetweenEffectAndReplyTests : IDisposable
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;
    static readonly Dictionary<string, string> Pausing = new() { ["Savira__Effects__PauseAfterEffect"] = "true" };

    readonly TempFolder folder = new();
    string DatabasePath => Path.Combine(folder.Path, "savira.db");

    public void Dispose() => folder.Dispose();

    /// <summary>Sends <paramref name="setup"/> normally, then <paramref name="last"/> on a host that pauses after its effect; kills it there; retries on a restarted host.</summary>
    async Task<(string Retried, string RetriedAgain)> CrashOnTheLastMessageAsync(string[] setup, string last)
    {
        var sender = $"whatsapp:+62813{Random.Shared.Next(10_000_000, 99_999_999)}";
        await using (var before = await BotServer.StartAsync(DatabasePath, null, Cancel))
        {
            foreach (var text in setup)
                await before.SayAsync(SaviraApp.WhatsAppForm(text, sender), Cancel);
        }

        var form = SaviraApp.WhatsAppForm(last, sender);
        await using (var crashing = await BotServer.StartAsync(DatabasePath, Pausing, Cancel))
        {
            var unanswered = crashing.SendAsync(form, Cancel);
            await crashing.WaitForErrorLineAsync(EffectOptions.PausedLine, Cancel);
            await crashing.KillAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => unanswered); // Twilio saw no answer, so it will retry
        }

        await using var restarted = await BotServer.StartAsync(DatabasePath, null, Cancel);
        var retried = await restarted.SayAsync(form, Cancel);
        var again = await restarted.SayAsync(form, Cancel);
        return (retried, again);
    }

    long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=false");
        return connection.ExecuteScalar<long>(sql);
    }

    /// <summary>A day within the week ahead on which every puskesmas registers (Monday to Thursday), as "tgl N".</summary>
    static string OpenWeekday()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday)
            day = day.AddDays(1);
        return $"tgl {day.Day}";
    }

    [Fact]
    public async Task AQueueNumberIsTakenOnceAndTheRetryIsToldItsNumber()
    {
        var (retried, again) = await CrashOnTheLastMessageAsync([], $"ambil antrean puskesmas halmahera poli umum {OpenWeekday()}");

        Assert.Contains("Nomor antrean Anda: U-001", retried, StringComparison.Ordinal);
        Assert.DoesNotContain("sudah memiliki", retried, StringComparison.Ordinal);
        Assert.Equal(retried, again);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM queue_tickets"));
    }

    [Fact]
    public async Task ACancellationHappensOnceAndTheRetryIsToldItWasCancelled()
    {
        var (retried, _) = await CrashOnTheLastMessageAsync([$"ambil antrean puskesmas halmahera poli umum {OpenWeekday()}"], "batalkan antrean");

        Assert.Contains("sudah dibatalkan", retried, StringComparison.Ordinal);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM queue_tickets WHERE status = 'cancelled'"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM queue_events WHERE action = 'cancel'"));
    }

    [Fact]
    public async Task AReportIsFiledOnceAndTheRetryIsToldItsTicket()
    {
        const int seeded = 3; // the demo reports
        var (retried, again) = await CrashOnTheLastMessageAsync(
            ["lampu jalan mati sudah tiga hari, gang jadi gelap sekali", "Jl. Pandanaran depan Toko Oen"], "lewati");

        Assert.Contains("Nomor tiket: *INF-", retried, StringComparison.Ordinal);
        Assert.Equal(retried, again);
        Assert.Equal(seeded + 1, Count("SELECT COUNT(*) FROM infrastructure_reports"));
    }

    [Fact]
    public async Task AHandoffIsOpenedOnce()
    {
        var (retried, _) = await CrashOnTheLastMessageAsync([], "saya mau bicara dengan petugas");

        Assert.Contains("petugas", retried, StringComparison.Ordinal);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM handoffs"));
    }

    [Fact]
    public async Task AnOutageReportIsRecordedOnce()
    {
        var (retried, _) = await CrashOnTheLastMessageAsync(["air mati di tlogosari kulon"], "ya");

        Assert.Contains("PDAM-", retried, StringComparison.Ordinal);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM pdam_outage_reports"));
    }
}
