using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Dialogue;

/// <summary>A dialogue waiting for an answer gives way when the citizen plainly asks something else, and only then.</summary>
public sealed class TopicChangeTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    // each opening starts a dialogue; the next message is another service, said in its own words or identifiers
    [InlineData("cek pbb", "eh salah, mau cek tagihan air 01230045", "No. pelanggan: *01230045*", "NOP")]
    [InlineData("pajak motor", "ga jadi, jam besuk rsud wongsonegoro kapan ya", "besuk", "nomor polisi")]
    [InlineData("cek tagihan pdam", "sebentar, pajak motor saya H 1234 AB berapa", "H 1234 AB", "nomor pelanggan")]
    [InlineData("mau lapor jalan rusak", "eh bentar, cek pajak motor H 1234 AB dulu", "H 1234 AB", "Ceritakan")]
    [InlineData("ambil antrean puskesmas", "stnk saya ilang gmn ngurusnya", "STNK", "puskesmas mana")]
    [InlineData("jadwal dokter rsud", "pbb 33.74.140.011.003-0078.0 sudah lunas belum", "Manyaran", "Poliklinik mana")]
    [InlineData("cek status permohonan kk", "syarat bikin npwp online apa ya", "NPWP", "nomor registrasi")]
    public async Task AClearlyDifferentRequestLeavesTheDialogueAndIsAnsweredAtOnce(string opening, string switchTo, string answered, string notAskedAgain)
    {
        await using var app = new SaviraApp();
        await app.SayAsync(opening, Cancel);

        var reply = await app.SayAsync(switchTo, Cancel);

        Assert.Contains(answered, reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(notAskedAgain, reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AReportDescriptionIsNotTakenForANewSubjectAndTheReportGoesOn()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("lapor jalan rusak", Cancel);

        var next = await app.SayAsync("aspal ambles di tikungan, sudah dua minggu, motor sering jatuh", Cancel);

        Assert.Contains("lokasinya", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionInsteadOfTheReportDescriptionIsAnsweredAndNoTicketIsFiled()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("lapor lampu jalan mati", Cancel);
        var before = app.Count("infrastructure_reports");

        var reply = await app.SayAsync("nanti aja, skrg mau nanya syarat akta kematian dulu", Cancel);

        Assert.Contains("kematian", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("lokasinya", reply, StringComparison.Ordinal);
        Assert.Equal(before, app.Count("infrastructure_reports"));
        using var connection = app.OpenDatabase();
        Assert.DoesNotContain("infrastruktur", connection.ExecuteScalar<string?>("SELECT dialogue FROM sessions") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerThatFitsTheQuestionStillGoesToTheDialogue()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("cek pbb", Cancel);

        var reply = await app.SayAsync("33 74 140 011 003 0078 0", Cancel);

        Assert.Contains("Manyaran", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThanksDuringADialogueEndsItPolitely()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("pajak motor", Cancel);

        var reply = await app.SayAsync("oke makasih banyak ya min", Cancel);

        Assert.Contains("Sama-sama", reply, StringComparison.Ordinal);
        using var connection = app.OpenDatabase();
        Assert.Null(connection.ExecuteScalar<string?>("SELECT dialogue FROM sessions"));
    }

    [Fact]
    public async Task AskingForAnOfficerDuringADialogueReachesTheHandoff()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("cek tagihan pdam", Cancel);

        var reply = await app.SayAsync("saya mau bicara sama petugas aja", Cancel);

        Assert.Contains("petugas", reply, StringComparison.Ordinal);
        Assert.Equal(1, app.Count("handoffs"));
    }
}
