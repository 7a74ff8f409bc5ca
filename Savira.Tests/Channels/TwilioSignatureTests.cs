using System.Net;
using Savira.Tests.Support;

namespace Savira.Tests.Channels;

public sealed class TwilioSignatureTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignedAndTamperedRequestsInTurnAreEachJudgedOnTheirOwn()
    {
        await using var app = new SaviraApp();

        for (var round = 0; round < 3; round++)
        {
            using var signed = await app.SendWhatsAppAsync("halo", Cancel);
            Assert.Equal(HttpStatusCode.OK, signed.StatusCode);

            var form = SaviraApp.WhatsAppForm("halo");
            var request = new HttpRequestMessage(HttpMethod.Post, SaviraApp.WebhookPath) { Content = new FormUrlEncodedContent(form) };
            form["Body"] = "halo lagi"; // signed over a body other than the one sent
            request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(SaviraApp.AuthToken, SaviraApp.PublicBaseUrl + SaviraApp.WebhookPath, form));
            using var tampered = await app.CreateClient().SendAsync(request, Cancel);
            Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        }

        Assert.Equal(3, app.Count("inbound_messages"));
    }
}
