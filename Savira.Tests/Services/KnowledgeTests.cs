using Savira.Tests.Support;

namespace Savira.Tests.Services;

/// <summary>Kependudukan, izin nakes and NPWP: answers from the knowledge base and application status by registration number.</summary>
public sealed class KnowledgeTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AQuestionIsAnsweredByTheClosestEntry()
    {
        await using var app = new SaviraApp();

        var birth = Assert.Single(await app.ChatAsync("apa syarat bikin akta kelahiran anak?", Cancel));
        var lost = Assert.Single(await app.ChatAsync("ktp saya ilang gimana", Cancel));

        Assert.Contains("*Akta kelahiran*", birth, StringComparison.Ordinal);
        Assert.Contains("Surat keterangan lahir", birth, StringComparison.Ordinal);
        Assert.Contains("*KTP-el hilang atau rusak*", lost, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("syarat sip bidan apa saja", "Rekomendasi IBI")]
    [InlineData("mau urus sipa apoteker", "Rekomendasi IAI")]
    [InlineData("kartu npwp saya hilang", "*Kartu NPWP hilang*")]
    [InlineData("lupa efin gimana", "*EFIN")]
    [InlineData("apakah nik bisa jadi npwp", "*NIK sebagai NPWP*")]
    [InlineData("ktp saya sudah lewat masa berlakunya, perlu diurus lagi?", "berlaku *seumur hidup*")]
    [InlineData("ktp el sy hrs diperpanjang ga", "berlaku *seumur hidup*")]
    [InlineData("perpanjang stnk perlu ktp asli atau fotokopi cukup?", "Samsat")]
    [InlineData("ktp buat perpanjang stnk harus asli?", "Samsat")]
    public async Task EachServiceAnswersFromItsOwnEntries(string question, string expected)
    {
        await using var app = new SaviraApp();

        var reply = Assert.Single(await app.ChatAsync(question, Cancel));

        Assert.Contains(expected, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMenuItemOffersTheTopicsAndANumberPicksOne()
    {
        await using var app = new SaviraApp();

        var topics = Assert.Single(await app.ChatAsync("6", Cancel)); // the main menu's Disdukcapil item
        var answer = Assert.Single(await app.ChatAsync("4", Cancel));

        Assert.Contains("*4.* Apa syarat membuat akta kelahiran?", topics, StringComparison.Ordinal);
        Assert.Contains("*Akta kelahiran*", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnanswerableTopicChoiceIsAskedAgainOnceThenOffersAnOfficer()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("6", Cancel);
        var again = Assert.Single(await app.ChatAsync("99", Cancel));
        var stop = Assert.Single(await app.ChatAsync("qwerty", Cancel));

        Assert.Contains("misalnya \"syarat akta kelahiran\"", again, StringComparison.Ordinal);
        Assert.Contains("*petugas*", stop, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARegistrationNumberInTheFirstMessageGivesTheStatusWithTheNameMasked()
    {
        await using var app = new SaviraApp();

        var reply = Assert.Single(await app.ChatAsync("cek status ktp DUK-20261118-0042", Cancel));

        Assert.Contains("*Status permohonan DUK-20261118-0042*", reply, StringComparison.Ordinal);
        Assert.Contains("Pemohon: S***i W***h", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Wahyuningsih", reply, StringComparison.Ordinal);
        Assert.Contains("*Selesai ✅*", reply, StringComparison.Ordinal);
        Assert.Contains("Diajukan: Rabu, 18 November 2026", reply, StringComparison.Ordinal);
        Assert.Contains("Kecamatan Banyumanik", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingRegistrationNumberIsAskedForAndAnInvalidOneReaskedWithAnExample()
    {
        await using var app = new SaviraApp();

        var ask = Assert.Single(await app.ChatAsync("status permohonan kk saya", Cancel));
        var again = Assert.Single(await app.ChatAsync("12345", Cancel));
        var status = Assert.Single(await app.ChatAsync("duk 20261123 0007", Cancel));

        Assert.Contains("*nomor registrasi*", ask, StringComparison.Ordinal);
        Assert.Contains("contoh: *DUK-20261118-0042*", again, StringComparison.Ordinal);
        Assert.Contains("Sedang diproses", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownRegistrationNumberIsSaidPlainly()
    {
        await using var app = new SaviraApp();

        var reply = Assert.Single(await app.ChatAsync("status izin praktik SIP-20261102-9999", Cancel));

        Assert.Contains("*SIP-20261102-9999* tidak kami temukan", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIzinNakesApplicationIsTrackedToo()
    {
        await using var app = new SaviraApp();

        var reply = Assert.Single(await app.ChatAsync("status sip bidan SIP-20261102-0007", Cancel));

        Assert.Contains("SIP Bidan", reply, StringComparison.Ordinal);
        Assert.Contains("Sedang diverifikasi", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingWhileAskedForANumberEndsTheDialogue()
    {
        await using var app = new SaviraApp();

        await app.ChatAsync("status permohonan ktp", Cancel);
        var cancelled = Assert.Single(await app.ChatAsync("batal", Cancel));
        var after = Assert.Single(await app.ChatAsync("12345", Cancel));

        Assert.Contains("dibatalkan", cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain("format nomor registrasi", after, StringComparison.Ordinal); // no longer waiting for a number
    }
}
