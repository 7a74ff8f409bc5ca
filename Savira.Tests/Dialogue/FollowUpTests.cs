using Microsoft.Extensions.Time.Testing;
using Savira.Tests.Support;

namespace Savira.Tests.Dialogue;

/// <summary>A short follow-up without another service's words is answered in the topic of the last answer.</summary>
public sealed class FollowUpTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("kartu keluarga saya hilang ngurusnya gmn", "bayar ga?", "gratis", "tagihan")]
    [InlineData("cek pbb 33.74.010.005.012-0345.0", "kalau telat dendanya brp?", "1%", "Samsat")]
    [InlineData("pbb 33.74.140.011.003-0078.0", "bisa bayar lewat qris?", "QRIS", "PDAM")]
    [InlineData("syarat perpanjang stnk 5 tahunan", "kendaraannya harus dibawa?", "cek fisik", "PBB")]
    [InlineData("cek tagihan pdam 01230045", "bayarnya dimana aja?", "PDAM", "PBB")]
    [InlineData("biaya berobat pasien umum di rsud", "kalo pake bpjs gimana?", "rujukan", "NPWP")]
    [InlineData("syarat sip bidan apa saja", "kalau fisioterapis?", "fisioterapi", "rawat inap")]
    [InlineData("kartu npwp saya hilang", "trus efin juga lupa", "EFIN", "KTP-el hilang")]
    [InlineData("pohon tumbang di depan rumah lapor kemana", "berapa lama ditanganinya?", "lapor", "puskesmas")]
    public async Task AShortFollowUpStaysInTheTopic(string first, string followUp, string expected, string wrongTopic)
    {
        await using var app = new SaviraApp();
        await app.SayAsync(first, Cancel);

        var reply = await app.SayAsync(followUp, Cancel);

        Assert.Contains(expected, reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(wrongTopic, reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HoursAfterTakingANumberAreThoseOfThatPuskesmas()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("ambil antrean puskesmas halmahera poli umum", Cancel);

        var reply = await app.SayAsync("tutupnya jam brp?", Cancel);

        Assert.Contains("Jam pendaftaran Puskesmas Halmahera", reply, StringComparison.Ordinal);
        Assert.Equal(1, app.Count("queue_tickets")); // asking the hours took no second number
    }

    [Fact]
    public async Task AMessageWithAnotherServicesWordsIsANewSubject()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("cek pbb 33.74.010.005.012-0345.0", Cancel);

        var reply = await app.SayAsync("air di rumah mati sejak pagi di tembalang", Cancel);

        Assert.Contains("air", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("NOP", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTopicIsForgottenWithTheSession()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("ktp saya hilang gimana", Cancel);
        app.Clock.Advance(TimeSpan.FromMinutes(31)); // past Savira:Session:IdleMinutes

        var reply = await app.SayAsync("biayanya brp?", Cancel);

        Assert.DoesNotContain("KTP", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuEndsTheTopic()
    {
        await using var app = new SaviraApp();
        await app.SayAsync("ktp saya hilang gimana", Cancel);
        await app.SayAsync("menu", Cancel);

        var reply = await app.SayAsync("biayanya brp?", Cancel);

        Assert.DoesNotContain("KTP", reply, StringComparison.Ordinal);
    }
}
