using System.Net;
using Savira.Tests.Support;

namespace Savira.Tests.Channels;

public sealed class TwilioWebhookTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignedGreetingIsAnsweredWithTwimlHoldingTheMenu()
    {
        await using var app = new SaviraApp();

        using var response = await app.SendWhatsAppAsync("Halo min", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var messages = Twiml.Messages(await response.Content.ReadAsStringAsync(Cancel));
        var reply = Assert.Single(messages);
        Assert.Contains("selamat pagi", reply, StringComparison.Ordinal);
        Assert.Contains("*1.* Pajak Bumi dan Bangunan (PBB)", reply, StringComparison.Ordinal);
        Assert.Contains("ketik *menu*", reply, StringComparison.OrdinalIgnoreCase);
    }
}
