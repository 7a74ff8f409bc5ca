using Dapper;
using Savira.Core.Replies;
using Savira.Core.Services.Emergency;
using Savira.Tests.Support;
using Savira.Tests.Understanding;

namespace Savira.Tests.Services;

/// <summary>
/// Someone writes in panic: the first lines of the reply say to call 112 and whom else, then what to do for what
/// happened. Messages that only sound like an emergency stay with their service. One host for the class; every
/// test writes from its own number, so no conversation carries over.
/// </summary>
public sealed class EmergencyTests(TrainedApp trained) : IClassFixture<TrainedApp>
{
    const int Opening = 300;
    static int senders;

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static string NewSender() => $"whatsapp:+62812990{Interlocked.Increment(ref senders):D5}";

    [Theory]
    [InlineData("tolong ibu saya pingsan gak napas", "*Orang tidak sadar:*", "tekan kuat dan cepat di tengah dada (±5 cm, 100–120 kali per menit)")]
    [InlineData("ANAKKU KESELEK PERMEN GA BISA NAPAS", "*Tersedak:*", "5 tepukan keras di punggung")]
    [InlineData("adik kejang2 mulutnya berbusa", "*Kejang:*", "*Jangan masukkan apa pun ke mulutnya*")]
    [InlineData("kakiku kena mesin potong rumput darahnya ngocor", "*Perdarahan hebat:*", "Tekan lukanya kuat-kuat dengan kain bersih")]
    [InlineData("mbah ngomonge pelo tangane lemes sebelah", "*Tanda stroke:*", "Catat jam gejala mulai")]
    [InlineData("suami nyeri dada hebat keringat dingin", "*Nyeri dada / serangan jantung:*", "jangan biarkan ia berjalan atau menyetir sendiri")]
    [InlineData("anak kesiram air panas", "*Luka bakar / tersiram air panas:*", "air mengalir biasa (bukan es) selama 20 menit")]
    [InlineData("balita minum baygon", "*Keracunan / menelan zat berbahaya:*", "Jangan paksa muntah")]
    [InlineData("omah sebelah kobong genine gede", "Damkar: *113*", "*jangan pakai lift*")]
    [InlineData("bau gas elpiji kuat banget di dapur", "Damkar: *113*", "jangan menekan saklar listrik apa pun")]
    [InlineData("tetangga kesetrum mesin pompa", "PLN (memutus aliran): *123*", "*Jangan sentuh korban*")]
    [InlineData("kecelakaan motor di jalan kaligawe korbannya berdarah", "Polisi: *110*", "*Jangan pindahkan korban*")]
    [InlineData("bocah kecemplung kali ora iso nglangi", "Basarnas: *115*", "*Jangan ikut terjun*")]
    [InlineData("banjir bandang air naik terus kami terjebak di loteng", "BPBD Kota Semarang: *(024) 6730212*", "*Jangan berjalan atau berkendara menembus arus*")]
    [InlineData("longsor nimpa rumah tetangga ada yang ketimbun", "Basarnas: *115*", "Jangan memaksa menarik atau menggali korban")]
    [InlineData("ada begal bawa celurit di jalan arteri", "Polisi: *110*", "Jangan melawan pelaku yang bersenjata")]
    [InlineData("anakku ilang di pasar johar", "Polisi: *110*", "sungai, selokan, sumur")]
    [InlineData("temanku mau bunuh diri dari jembatan", "*healing119.id*", "Temani, jangan ditinggal sendiri")]
    public async Task AnEmergencyOfEachKindIsAnsweredWith112AndWhatToDoFirst(string message, string inTheOpening, string advice)
    {
        var sender = NewSender();

        var reply = await trained.App.ChatAsync(message, Cancel, sender);

        var opening = reply[0][..Math.Min(Opening, reply[0].Length)];
        Assert.StartsWith(EmergencyReply.CallNow, reply[0], StringComparison.Ordinal);
        Assert.Contains("112", opening, StringComparison.Ordinal);
        Assert.Contains(inTheOpening, opening, StringComparison.Ordinal);
        Assert.Contains(advice, string.Join("\n", reply), StringComparison.Ordinal);
        Assert.Equal("emergency", RecordedIntent(sender));
    }

    [Fact]
    public async Task AskingForTheNumbersGetsTheCitysEmergencyNumbers()
    {
        var reply = string.Join("\n", await trained.App.ChatAsync("no telp damkar semarang brp", Cancel, NewSender()));

        Assert.StartsWith(EmergencyReply.CallNow, reply, StringComparison.Ordinal);
        Assert.Contains("• *113* — pemadam kebakaran (damkar)", reply, StringComparison.Ordinal);
        Assert.Contains("• *110* — polisi", reply, StringComparison.Ordinal);
        Assert.Contains("• *115* — Basarnas", reply, StringComparison.Ordinal);
        Assert.Contains("*(024) 6730212* / WA *0812-2010-051* — BPBD Kota Semarang", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReplyShowsNoMenuAsksNothingBackAndEndsWithTheOfferToHelpLater()
    {
        var sender = NewSender();

        var reply = string.Join("\n", await trained.App.ChatAsync("KEBAKARAN DI GANG SEBELAH TOLONG", Cancel, sender));
        var next = string.Join("\n", await trained.App.ChatAsync("makasih, damkar sudah datang", Cancel, sender));

        Assert.DoesNotContain("menu", reply, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("Setelah keadaan aman, saya siap membantu lagi di sini 🙏", reply, StringComparison.Ordinal);
        Assert.Contains("Sama-sama", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDangerOfThePlaceComesBeforeTheFirstAid()
    {
        var reply = string.Join("\n", await trained.App.ChatAsync("bapak kesetrum kabel sekarang ga sadar", Cancel, NewSender()));

        var electricity = reply.IndexOf("*Tersetrum / kabel listrik:*", StringComparison.Ordinal);
        var unresponsive = reply.IndexOf("*Orang tidak sadar:*", StringComparison.Ordinal);
        Assert.InRange(electricity, 0, unresponsive - 1);
    }

    [Theory]
    [InlineData("asuransi jasa raharja yang ikut di stnk itu apa", "pkb")]
    [InlineData("cara mengurus akta kematian almarhum bapak", "kependudukan")]
    [InlineData("jalan berlubang di depan pasar sudah bikin banyak kecelakaan", "infrastruktur")]
    [InlineData("igd rsud buka 24 jam kah", "rsud")]
    [InlineData("pdam air mati dari pagi", "pdam")]
    public async Task AMessageThatOnlySoundsLikeAnEmergencyStaysWithItsService(string message, string intent)
    {
        var sender = NewSender();

        var reply = string.Join("\n", await trained.App.ChatAsync(message, Cancel, sender));

        Assert.Equal(intent, RecordedIntent(sender));
        Assert.DoesNotContain(EmergencyReply.CallNow, reply, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryKindAloneOrWithAnotherNamesItsNumbersInTheOpeningAndFitsOneWhatsAppMessage()
    {
        var kinds = Enum.GetValues<EmergencyKind>();
        var combinations = kinds.Select(kind => new[] { kind })
            .Concat(kinds.SelectMany(first => kinds.Where(second => second > first).Select(second => new[] { first, second })));

        Assert.All(combinations, combination =>
        {
            var reply = EmergencyReply.For(combination);
            var opening = reply[..Opening];
            Assert.All(combination, kind => Assert.Contains(EmergencyAdvice.For(kind).Call, opening, StringComparison.Ordinal));
            Assert.Single(WhatsAppText.Split(reply));
        });
    }

    string? RecordedIntent(string sender)
    {
        using var connection = trained.App.OpenDatabase();
        return connection.QuerySingle<string?>("SELECT intent FROM inbound_messages WHERE sender = @sender ORDER BY id LIMIT 1", new { sender });
    }
}
