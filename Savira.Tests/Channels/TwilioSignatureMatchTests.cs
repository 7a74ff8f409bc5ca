using Savira.Tests.Support;

namespace Savira.Tests.Channels;

public sealed class TwilioSignatureMatchTests
{
    const string Token = "b7f3c1d2e4a5968778695a4b3c2d1e0f";
    const string Url = "https://savira.example.go.id/webhooks/twilio/whatsapp";

    public static TheoryData<string> Bodies() =>
    [
        "halo",
        "Selamat pagi Bapak/Ibu 🙏 nyuwun pirsa, PBB kula sampun lunas? Matur nuwun sanget 😊 — ĀÉÎ",
        new string('a', 90),
        string.Concat(Enumerable.Repeat("Kepada Yth. Bapak Wali Kota, saya ingin menanyakan pajak bumi dan bangunan. ", 60)),
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void TheHostAcceptsWhatTheTwilioSdkAcceptsAndNothingElse(string body)
    {
        var fields = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM0123456789abcdef0123456789abcdef", ["AccountSid"] = "AC0123456789abcdef0123456789abcdef",
            ["From"] = "whatsapp:+6281234567890", ["To"] = "whatsapp:+14155238886", ["Body"] = body, ["NumMedia"] = "0",
            ["ProfileName"] = "Siti Ñ", ["WaId"] = "6281234567890",
        };
        var signature = TwilioSigner.Sign(Token, Url, fields);
        Assert.True(new Twilio.Security.RequestValidator(Token).Validate(Url, fields, signature));

        Assert.True(Matches(Url, fields, signature));
        Assert.False(Matches(Url, new Dictionary<string, string>(fields) { ["Body"] = body + "." }, signature));
        Assert.False(Matches(Url + "/", fields, signature));
    }

    [Fact]
    public void ARepeatedFieldIsSignedWithItsValuesSorted()
    {
        var form = new Microsoft.AspNetCore.Http.FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["Body"] = "halo", ["Tag"] = new(["zeta", "alfa"]),
        });
        var signature = TwilioSigner.Sign(Token, Url, [new("Body", "halo"), new("Tag", "zeta"), new("Tag", "alfa")]);

        Assert.True(Savira.Bot.Channels.Twilio.TwilioSignature.TryRead(signature, out var bytes));
        Assert.True(Savira.Bot.Channels.Twilio.TwilioSignature.Matches(Token, Url, form, bytes));
    }

    static bool Matches(string url, Dictionary<string, string> fields, string signature)
    {
        var form = new Microsoft.AspNetCore.Http.FormCollection(fields.ToDictionary(field => field.Key, field => new Microsoft.Extensions.Primitives.StringValues(field.Value)));
        Assert.True(Savira.Bot.Channels.Twilio.TwilioSignature.TryRead(signature, out var bytes));
        return Savira.Bot.Channels.Twilio.TwilioSignature.Matches(Token, url, form, bytes);
    }
}
