using Savira.Core.Privacy;

namespace Savira.Tests.Replies;

public sealed class MaskTests
{
    [Theory]
    [InlineData("whatsapp:+6281234567890", "whatsapp:+628*******890")]
    [InlineData("+6281234567890", "+628*******890")]
    [InlineData("whatsapp:123", "whatsapp:1**")]
    public void PhoneKeepsOnlyEnoughToRecognise(string address, string masked)
    {
        Assert.Equal(masked, Mask.Phone(address));
    }

    [Theory]
    [InlineData("nik saya 3374012345678901", "nik saya ************8901")]
    [InlineData("nop 33.74.010.001.002-0123.0 belum bayar", "nop **.**.***.***.***-*123.0 belum bayar")]
    [InlineData("nop 337401000100200123", "nop **************0123")]
    [InlineData("wa +62 812-3456-7890 ya", "wa +** ***-****-7890 ya")]
    [InlineData("email Budi.Santoso@mail.co.id", "email B***@mail.co.id")]
    [InlineData("buka jam 08.00-16.00 tanggal 2026-12-01, antrean 12", "buka jam 08.00-16.00 tanggal 2026-12-01, antrean 12")]
    public void TextHidesWhatIdentifiesAPersonAndKeepsTimesDatesAndCounts(string text, string masked)
    {
        Assert.Equal(masked, Mask.Text(text));
    }
}
