using System.Net;
using System.Text.Json;
using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>
/// A citizen asks for a human: the bot keeps answering while the request waits, tells the truth about when an
/// officer answers, and hands the conversation over only once an officer claims it.
/// </summary>
public sealed class HandoffTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InOfficeHoursTheCitizenHearsAnOfficerWillAnswerAndTheBotKeepsAnswering()
    {
        await using var app = ServiceChat.NewApp();

        var accepted = Assert.Single(await app.ChatAsync("saya mau bicara dengan petugas", Cancel));
        var menu = await app.ChatAsync("menu", Cancel);
        var question = await app.ChatAsync("jadwal dokter anak hari kamis", Cancel);

        Assert.Contains("Petugas kami sedang bertugas dan akan membalas di percakapan ini", accepted, StringComparison.Ordinal);
        Assert.Contains("Savira tetap melayani", accepted, StringComparison.Ordinal);
        Assert.DoesNotContain("tidak membalas", accepted, StringComparison.Ordinal);
        Assert.Contains("menu", Assert.Single(menu), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("*Jadwal Poli Anak*", string.Join("\n", question), StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal("waiting", connection.ExecuteScalar<string>("SELECT state FROM handoffs"));
        Assert.Equal(["saya mau bicara dengan petugas", "menu", "jadwal dokter anak hari kamis"],
            connection.Query<string>("SELECT text FROM handoff_messages WHERE author = 'citizen' ORDER BY id"));
        Assert.Equal(3, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM handoff_messages WHERE author = 'bot'"));
    }

    [Fact]
    public async Task OutsideOfficeHoursOneReplySaysWhenOfficersAnswerAndNothingAboutASilence()
    {
        await using var app = ServiceChat.NewApp();
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 20, 31, 0, TimeSpan.Zero)); // Sunday 03:31 WIB

        var accepted = Assert.Single(await app.ChatAsync("minta cs dong", Cancel));
        var cancel = Assert.Single(await app.ChatAsync("menu", Cancel));

        Assert.Contains("di luar jam layanan petugas (Senin–Jumat, 08.00–16.00 WIB)", accepted, StringComparison.Ordinal);
        Assert.Contains("mulai *Senin, 7 Desember 2026 pukul 08.00 WIB*", accepted, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(accepted, @"pukul \d\d\.\d\d"));
        Assert.DoesNotContain("kembali melayani mulai", accepted, StringComparison.Ordinal);
        Assert.Contains("Savira tetap melayani", accepted, StringComparison.Ordinal);
        Assert.Contains("menu", cancel, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WhenNobodyClaimsInTimeTheNextReplySaysSoOnce()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Handoff:ClaimWithinMinutes"] = "15" });
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var early = await app.ChatAsync("halo", Cancel);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var late = await app.ChatAsync("halo", Cancel);
        var later = await app.ChatAsync("halo", Cancel);

        Assert.DoesNotContain(early, text => text.Contains("belum sempat", StringComparison.Ordinal));
        Assert.Contains("selamat pagi", late[0], StringComparison.Ordinal);
        Assert.Contains("petugas kami belum sempat membalas", late[^1], StringComparison.Ordinal);
        Assert.Contains("Savira tetap membantu", late[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(later, text => text.Contains("belum sempat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskingAgainWhileWaitingOpensNoSecondRequestAndBatalWithdrawsIt()
    {
        await using var app = ServiceChat.NewApp();
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);

        var again = Assert.Single(await app.ChatAsync("minta petugas dong", Cancel));
        var withdrawn = Assert.Single(await app.ChatAsync("batal", Cancel));
        var after = Assert.Single(await app.ChatAsync("batal", Cancel));

        Assert.Contains("sudah tercatat sejak 08.00 WIB", again, StringComparison.Ordinal);
        Assert.Contains("permintaan berbicara dengan petugas sudah dibatalkan", withdrawn, StringComparison.Ordinal);
        Assert.Contains("Tidak ada permintaan yang sedang berjalan", after, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal("closed", connection.ExecuteScalar<string>("SELECT state FROM handoffs"));
        Assert.Equal(1, app.Count("handoffs"));
    }

    [Theory]
    [InlineData("bot goblok gak guna")]
    [InlineData("petugasnya jutek, mau komplain")]
    [InlineData("td di kantor kelurahan dilayani kasar bgt, judes semua orangnya")] // not understood, but clearly a complaint
    [InlineData("petugas puskesmas kemarin judes banget sama ibu saya")] // read as puskesmas: the answer still says where to complain
    public async Task InsultsAndComplaintsAreAnsweredRespectfullyAndAreNoHandoff(string text)
    {
        await using var app = new SaviraApp();

        var reply = string.Join("\n", await app.ChatAsync(text, Cancel));
        var next = await app.ChatAsync("jadwal dokter anak hari kamis", Cancel);

        Assert.Contains("bicara dengan petugas", reply, StringComparison.Ordinal);
        Assert.Contains("Lapor Semar", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("goblok", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bangetayu", reply, StringComparison.Ordinal); // "banget" names no puskesmas
        Assert.DoesNotContain("Di puskesmas mana", reply, StringComparison.Ordinal); // no queue number nobody asked for
        Assert.Equal(0, app.Count("handoffs"));
        Assert.Contains("*Jadwal Poli Anak*", string.Join("\n", next), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mau ngomong sama orangnya aja")]
    [InlineData("bisa dihubungkan ke petugasnya?")]
    public async Task AskingForThePersonBehindTheServiceOpensAHandoff(string text)
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("ktp saya sudah 3 minggu belum jadi", Cancel);

        var reply = string.Join("\n", await app.ChatAsync(text, Cancel));

        Assert.Contains("petugas", reply, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Equal("kependudukan", connection.ExecuteScalar<string>("SELECT service FROM handoffs"));
    }

    [Theory]
    [InlineData("pak tolong dibalas")]
    [InlineData("kok lama banget sih petugasnya")]
    public async Task ANudgeWhileWaitingIsAboutTheRequestThatStands(string nudge)
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);

        var reply = string.Join("\n", await app.ChatAsync(nudge, Cancel));

        Assert.Contains("masih menunggu petugas", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Lapor Semar", reply, StringComparison.Ordinal);
        Assert.Equal(1, app.Count("handoffs"));
    }

    [Fact]
    public async Task OnlyTheCitizenWhoAskedHasAHandoff()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        var other = await app.ChatAsync("saya mau bicara dengan petugas", Cancel, from: "whatsapp:+6289876543210");

        Assert.Contains("sudah kami teruskan", Assert.Single(other), StringComparison.Ordinal);
        Assert.Equal(2, app.Count("handoffs"));
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

    [Fact]
    public async Task TheOldSilenceTimeoutStopsTheHostWithAMessageNamingIt()
    {
        var outcome = await BotProcess.RunAsync(new Dictionary<string, string>
        {
            ["Savira__Database__Path"] = Path.Combine(Path.GetTempPath(), "savira-tests", Guid.NewGuid().ToString("N"), "savira.db"),
            ["Twilio__AuthToken"] = SaviraApp.AuthToken,
            ["Twilio__PublicBaseUrl"] = SaviraApp.PublicBaseUrl,
            ["Savira__Handoff__TimeoutMinutes"] = "120",
        }, ["--urls", "http://127.0.0.1:0"], input: null, TimeSpan.FromSeconds(60), Cancel);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("TimeoutMinutes is gone", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("ClaimWithinMinutes", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInboxListsWaitingRequestsWithServiceWaitingTimeMaskedNumberAndTranscript()
    {
        await using var app = ServiceChat.NewApp();
        await app.ChatAsync("jadwal dokter anak hari kamis", Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        await app.ChatAsync("nik saya 3374012345678901, dokternya ganti ya?", Cancel);
        app.Clock.Advance(TimeSpan.FromMinutes(7));
        using var admin = app.Admin();

        using var list = JsonDocument.Parse(await admin.GetStringAsync("/admin/api/handoffs", Cancel));
        var handoff = Assert.Single(list.RootElement.EnumerateArray().ToList());
        var page = handoff.ToString();

        Assert.Equal("waiting", handoff.GetProperty("state").GetString());
        Assert.Equal("rsud", handoff.GetProperty("service").GetString());
        Assert.Equal(7, handoff.GetProperty("waitingMinutes").GetInt32());
        Assert.Equal("whatsapp:+628*******890", handoff.GetProperty("citizen").GetString());
        Assert.DoesNotContain("6281234567890", page, StringComparison.Ordinal);
        Assert.DoesNotContain("3374012345678901", page, StringComparison.Ordinal);
        Assert.Contains("************8901", page, StringComparison.Ordinal);
        Assert.Contains("jadwal dokter anak hari kamis", handoff.GetProperty("earlier").EnumerateArray().Select(line => line.GetProperty("text").GetString()));
        Assert.Contains(handoff.GetProperty("transcript").EnumerateArray(),
            line => line.GetProperty("author").GetString() == "citizen" && line.GetProperty("text").GetString()!.Contains("dokternya ganti", StringComparison.Ordinal));
        Assert.Contains(handoff.GetProperty("transcript").EnumerateArray(), line => line.GetProperty("author").GetString() == "bot");
    }

    [Fact]
    public async Task TheEarlierConversationShownToOfficersIsTheDayBeforeTheRequest()
    {
        await using var app = ServiceChat.NewApp();
        await app.ChatAsync("syarat akta kelahiran apa saja", Cancel);
        app.Clock.Advance(TimeSpan.FromDays(2));
        await app.ChatAsync("jadwal dokter anak hari kamis", Cancel);
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel);
        using var admin = app.Admin();

        using var list = JsonDocument.Parse(await admin.GetStringAsync("/admin/api/handoffs", Cancel));
        var earlier = Assert.Single(list.RootElement.EnumerateArray().ToList()).GetProperty("earlier").EnumerateArray().ToList();

        Assert.Contains("jadwal dokter anak hari kamis", earlier.Select(line => line.GetProperty("text").GetString()));
        Assert.Contains(earlier, line => line.GetProperty("direction").GetString() == "out" && line.GetProperty("text").GetString()!.Contains("anak", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(earlier, line => line.GetProperty("text").GetString()!.Contains("akta", StringComparison.OrdinalIgnoreCase));
    }
}
