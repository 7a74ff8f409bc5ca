using System.Net;
using Savira.Tests.Support;
using Twilio.Security;

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

    [Fact]
    public async Task AnUnsignedRequestIsRefusedBeforeItsContentTypeOrBodyIsLookedAt()
    {
        await using var app = new SaviraApp();
        var logs = LogCollector.AttachTo(app);
        // 415 for its Content-Type, or 400 for its body, had either been looked at before the signature.
        var content = new ByteArrayContent("MessageSid=%%%&&&=="u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; a=\"");

        using var response = await app.CreateClient().PostAsync(SaviraApp.WebhookPath, content, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, app.Count("inbound_messages"));
        // One line from the webhooks, the refusal (the host's own startup warnings may come in too).
        var entry = Assert.Single(logs.Entries, entry => entry.Level >= Microsoft.Extensions.Logging.LogLevel.Warning
            && entry.Category.StartsWith("Savira.Bot.Channels.Twilio.Twilio", StringComparison.Ordinal) && !entry.Category.EndsWith("OutboxSender", StringComparison.Ordinal));
        Assert.Contains("missing Twilio signature", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedBodyOverTheLimitIsRefusedWith413WhenItDeclaresNoLength()
    {
        await using var app = new SaviraApp();
        var content = new StreamContent(new UnseekableStream(100_000)); // no Content-Length from the client
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, SaviraApp.WebhookPath) { Content = content };
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(SaviraApp.AuthToken, SaviraApp.PublicBaseUrl + SaviraApp.WebhookPath, []));

        using var response = await app.CreateClient().SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, app.Count("inbound_messages"));
    }

    /// <summary>
    /// Twilio's SDK tries the URL as given, with the default port added and with the port removed; Savira accepts only
    /// a signature over exactly Twilio:PublicBaseUrl + path, the URL its operator typed into the Twilio Console.
    /// </summary>
    [Theory]
    [InlineData("https://savira.example.go.id", "https://savira.example.go.id:443")]
    [InlineData("https://savira.example.go.id:8443", "https://savira.example.go.id")]
    public async Task ASignatureOverThePublicUrlWithItsPortAddedOrRemovedIsForbidden(string publicBaseUrl, string signedBaseUrl)
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Twilio:PublicBaseUrl"] = publicBaseUrl });
        var form = SaviraApp.WhatsAppForm("halo");
        var signature = TwilioSigner.Sign(SaviraApp.AuthToken, signedBaseUrl + SaviraApp.WebhookPath, form);
        Assert.True(new RequestValidator(SaviraApp.AuthToken).Validate(publicBaseUrl + SaviraApp.WebhookPath, form, signature)); // the SDK's leniency

        using var lenient = await SendAsync(app, form, signature);
        using var exact = await SendAsync(app, SaviraApp.WhatsAppForm("halo"), null, publicBaseUrl);

        Assert.Equal(HttpStatusCode.Forbidden, lenient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, exact.StatusCode);
        Assert.Equal(1, app.Count("inbound_messages"));
    }

    static Task<HttpResponseMessage> SendAsync(SaviraApp app, Dictionary<string, string> form, string? signature, string? signedBaseUrl = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, SaviraApp.WebhookPath) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature ?? TwilioSigner.Sign(SaviraApp.AuthToken, signedBaseUrl + SaviraApp.WebhookPath, form));
        return app.CreateClient().SendAsync(request, Cancel);
    }

    /// <summary>Letters without end, up to a length it does not tell.</summary>
    sealed class UnseekableStream(int length) : Stream
    {
        int left = length;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            count = Math.Min(count, left);
            buffer.AsSpan(offset, count).Fill((byte)'a');
            left -= count;
            return count;
        }
    }
}
