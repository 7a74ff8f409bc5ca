using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Services.Infrastruktur;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>Public-works reports through the engine: category → description → location → photo → ticket.</summary>
public sealed class InfrastrukturTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReportWithAPinAndAPhotoGetsATicketAndKeepsBoth()
    {
        await using var app = new SaviraApp();

        var category = Assert.Single(await app.ChatAsync("mau lapor", Cancel));
        var description = Assert.Single(await app.ChatAsync("1", Cancel));
        var location = Assert.Single(await app.ChatAsync("Lubang besar di tengah jalan, motor sering jatuh", Cancel));
        var photo = Assert.Single(await app.ShareLocationAsync(-6.9932, 110.4203, Cancel));
        var filed = Assert.Single(await app.SendPhotoAsync("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", Cancel));

        Assert.Contains("*1.* Jalan rusak/berlubang", category, StringComparison.Ordinal);
        Assert.Contains("Ceritakan singkat", description, StringComparison.Ordinal);
        Assert.Contains("Di mana lokasinya?", location, StringComparison.Ordinal);
        Assert.Contains("kirim *foto*", photo, StringComparison.Ordinal);
        Assert.Contains("Nomor tiket: *INF-2026-000004*", filed, StringComparison.Ordinal);
        Assert.Contains("Foto: terlampir", filed, StringComparison.Ordinal);

        using var connection = app.OpenDatabase();
        var stored = connection.QuerySingle<(string Category, double Latitude, string PhotoUrl, string Sender)>(
            "SELECT category, latitude, photo_url, sender FROM infrastructure_reports WHERE ticket_number = 'INF-2026-000004'");
        Assert.Equal("jalan", stored.Category);
        Assert.Equal(-6.9932, stored.Latitude);
        Assert.EndsWith("/Media/ME1", stored.PhotoUrl, StringComparison.Ordinal);
        Assert.Equal(SaviraApp.Citizen, stored.Sender);
    }

    [Fact]
    public async Task CategoryAndDescriptionInTheFirstMessageAreNotAskedAgain()
    {
        await using var app = new SaviraApp();

        var location = Assert.Single(await app.ChatAsync("lampu jalan mati sudah tiga hari, gang jadi gelap sekali", Cancel));
        var photo = Assert.Single(await app.ChatAsync("Jl. Pandanaran depan Toko Oen, Semarang Tengah", Cancel));
        var filed = Assert.Single(await app.ChatAsync("lewati", Cancel));

        Assert.Contains("Di mana lokasinya?", location, StringComparison.Ordinal);
        Assert.Contains("kirim *foto*", photo, StringComparison.Ordinal);
        Assert.Contains("Kategori: Lampu PJU mati", filed, StringComparison.Ordinal);
        Assert.Contains("Lokasi: Jl. Pandanaran depan Toko Oen", filed, StringComparison.Ordinal);
        Assert.Contains("Foto: tidak ada", filed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lampu jalan depan rumah mati udah seminggu, jl. pandanaran 2", "jl. pandanaran 2")]
    [InlineData("mau lapor jalan berlubang besar di Jl. Fatmawati depan SPBU, sudah 2 minggu", "Jl. Fatmawati depan SPBU")]
    [InlineData("udh 3x lapor jalan rusak di jl fatmawati gk ada yg benerin!!! pemkot kerjanya apa sih", "jl fatmawati")]
    [InlineData("saluran depan rumah mampet sampai banjir di jalan majapahit no 12", "jalan majapahit no 12")]
    public async Task AnAddressInTheFirstMessageIsNotAskedAgain(string text, string address)
    {
        await using var app = new SaviraApp();

        var photo = Assert.Single(await app.ChatAsync(text, Cancel));
        var filed = Assert.Single(await app.ChatAsync("lewati", Cancel));

        Assert.Contains("kirim *foto*", photo, StringComparison.Ordinal);
        Assert.Contains($"Lokasi: {address}", filed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iya")]
    [InlineData("ok")]
    public async Task ABareYesWhileTheBotAsksWhatHappenedAsksAgainInsteadOfSayingYouAreWelcome(string text)
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("lampu jalan mati", Cancel);

        var again = Assert.Single(await app.ChatAsync(text, Cancel));
        var location = Assert.Single(await app.ChatAsync("lampunya mati total sejak seminggu, gelap sekali", Cancel));

        Assert.Contains("ceritakan sedikit lebih lengkap", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Sama-sama", again, StringComparison.Ordinal);
        Assert.Contains("Di mana lokasinya?", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidAnswerIsAskedAgainOnceWithAnExampleThenTheDialogueStops()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("lapor jembatan", Cancel);
        var again = Assert.Single(await app.ChatAsync("rusak", Cancel));
        var stop = Assert.Single(await app.ChatAsync("itu", Cancel));

        Assert.Contains("Contoh: *Lubang besar", again, StringComparison.Ordinal);
        Assert.Contains("Ketik *lapor* untuk memulai lagi", stop, StringComparison.Ordinal);
        Assert.Equal(3, app.Count("infrastructure_reports")); // the seeded ones only
    }

    [Fact]
    public async Task CancellingMidwayFilesNothing()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("lapor selokan mampet", Cancel);
        await app.ChatAsync("Selokan depan rumah penuh sampah dan bau", Cancel);
        var cancelled = Assert.Single(await app.ChatAsync("batal", Cancel));

        Assert.Contains("dibatalkan", cancelled, StringComparison.Ordinal);
        Assert.Equal(3, app.Count("infrastructure_reports"));
    }

    [Fact]
    public async Task ATicketNumberInTheFirstMessageGivesItsStatus()
    {
        await using var app = new SaviraApp();

        var reply = Assert.Single(await app.ChatAsync("cek laporan INF-2026-000001", Cancel));

        Assert.Contains("*Laporan INF-2026-000001*", reply, StringComparison.Ordinal);
        Assert.Contains("*Diproses* (petugas sedang menangani laporan Anda 🚧)", reply, StringComparison.Ordinal); // the old "dikerjakan", migrated
        Assert.Contains("menambal lubang", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Pasar Pedurungan", reply, StringComparison.Ordinal); // someone else's report: no place or description
    }

    [Fact]
    public async Task AMissingTicketIsAskedForAndAnUnknownOneSaidPlainly()
    {
        await using var app = new SaviraApp();

        var ask = Assert.Single(await app.ChatAsync("status laporan saya", Cancel));
        var again = Assert.Single(await app.ChatAsync("yang kemarin", Cancel));
        var unknown = Assert.Single(await app.ChatAsync("INF-2026-000999", Cancel));

        Assert.Contains("*nomor tiket*", ask, StringComparison.Ordinal);
        Assert.Contains("contoh: *INF-2026-000001*", again, StringComparison.Ordinal);
        Assert.Contains("*INF-2026-000999* tidak kami temukan", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStatusChangeForATerminalCitizenIsToldBeforeTheNextReplyAndOnlyOnce()
    {
        await using var app = ServiceChat.NewApp();
        _ = app.Services; // started: the database is migrated
        using (var connection = app.OpenDatabase()) // the terminal chat cannot be reached on its own
            connection.Execute("UPDATE infrastructure_reports SET sender = 'terminal:warga' WHERE ticket_number = 'INF-2026-000001'");

        using var admin = app.Admin();
        using var response = await admin.PutAsync("/admin/api/reports/INF-2026-000001/status",
            ServiceChat.Json($$"""{"status":"selesai","note":"Pompa air dikirim ke lokasi.","photo":"{{Convert.ToBase64String(TestImages.Png)}}"}"""), Cancel);
        response.EnsureSuccessStatusCode();
        using var connectionAfter = app.OpenDatabase();

        Assert.Equal(1, connectionAfter.ExecuteScalar<long>("SELECT COUNT(*) FROM citizen_notices WHERE sender = 'terminal:warga' AND text LIKE '%Pompa air dikirim%'"));
        Assert.Equal(0, app.Count("outbox"));
    }

    [Fact]
    public async Task TicketNumbersStayUniqueWhenManyReportsAreFiledAtOnce()
    {
        await using var app = new SaviraApp();
        var desk = app.Services.GetRequiredService<IReportDesk>();

        var filed = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => desk.FileAsync(new NewReport
        {
            Sender = $"whatsapp:+62812000{i:0000}",
            Category = "jalan",
            Description = "Jalan berlubang di depan sekolah",
            Address = "Jl. Sriwijaya",
            CreatedAt = app.Clock.GetUtcNow(),
        }, Effects.NewKey(), Cancel), Cancel)));

        var tickets = filed.Select(report => report.TicketNumber).ToList();
        Assert.Equal(40, tickets.Distinct().Count());
        Assert.Contains("INF-2026-000043", tickets);
    }
}
