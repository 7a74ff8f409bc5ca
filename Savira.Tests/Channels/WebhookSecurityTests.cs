using System.Net;
using Savira.Tests.Support;

namespace Savira.Tests.Channels;

public sealed class WebhookSecurityTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnsignedRequestIsForbiddenAndStoresNothing()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("halo", Cancel); // boots the host and migrates
        var before = app.RowCounts();

        using var response = await app.CreateClient().PostAsync(SaviraApp.WebhookPath,
            new FormUrlEncodedContent(SaviraApp.WhatsAppForm("halo", from: "whatsapp:+6289900001111")), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, app.RowCounts());
    }

    [Fact]
    public async Task TamperedBodyIsForbiddenAndStoresNothing()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("halo", Cancel);
        var before = app.RowCounts();
        var form = SaviraApp.WhatsAppForm("cek pbb saya", from: "whatsapp:+6289900002222");
        var signature = TwilioSigner.Sign(SaviraApp.AuthToken, SaviraApp.PublicBaseUrl + SaviraApp.WebhookPath, form);
        form["Body"] = "cek pbb orang lain";

        using var request = new HttpRequestMessage(HttpMethod.Post, SaviraApp.WebhookPath) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature);
        using var response = await app.CreateClient().SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, app.RowCounts());
    }

    [Fact]
    public async Task SignatureOverAnotherUrlIsForbidden()
    {
        await using var app = new SaviraApp();
        var form = SaviraApp.WhatsAppForm("halo");
        // Signed for the URL the host sees behind the proxy, not the public one Twilio called.
        var signature = TwilioSigner.Sign(SaviraApp.AuthToken, "http://localhost" + SaviraApp.WebhookPath, form);

        using var request = new HttpRequestMessage(HttpMethod.Post, SaviraApp.WebhookPath) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature);
        using var response = await app.CreateClient().SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, app.Count("inbound_messages"));
    }

    [Fact]
    public async Task SignatureWithAnotherAuthTokenIsForbidden()
    {
        await using var app = new SaviraApp();
        var form = SaviraApp.WhatsAppForm("halo");
        var signature = TwilioSigner.Sign("someone-elses-token", SaviraApp.PublicBaseUrl + SaviraApp.WebhookPath, form);

        using var request = new HttpRequestMessage(HttpMethod.Post, SaviraApp.WebhookPath) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature);
        using var response = await app.CreateClient().SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, app.Count("inbound_messages"));
    }
}
