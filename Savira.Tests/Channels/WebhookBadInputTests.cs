using System.Net;
using System.Net.Http.Json;
using Savira.Tests.Support;

namespace Savira.Tests.Channels;

public sealed class WebhookBadInputTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static async Task AssertRefusedAsync(SaviraApp app, HttpResponseMessage response, HttpStatusCode status, string reasonContains)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains(reasonContains, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // no stack trace
        Assert.Equal(0, app.Count("inbound_messages"));
        Assert.Equal(0, app.Count("sessions"));
    }

    [Fact]
    public async Task BodyThatIsNotAFormIsRefused()
    {
        await using var app = new SaviraApp();
        var request = new HttpRequestMessage(HttpMethod.Post, SaviraApp.WebhookPath) { Content = JsonContent.Create(new { Body = "halo" }) };
        request.Headers.Add("X-Twilio-Signature", "irrelevant");

        using var response = await app.CreateClient().SendAsync(request, Cancel);

        await AssertRefusedAsync(app, response, HttpStatusCode.UnsupportedMediaType, "x-www-form-urlencoded");
    }

    [Theory]
    [InlineData("From")]
    [InlineData("MessageSid")]
    public async Task MissingRequiredFieldIsRefusedNamingIt(string field)
    {
        await using var app = new SaviraApp();
        var form = SaviraApp.WhatsAppForm("halo");
        form.Remove(field);

        using var response = await app.PostSignedAsync(form, Cancel);

        await AssertRefusedAsync(app, response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task SenderThatIsNotAWhatsAppAddressIsRefused()
    {
        await using var app = new SaviraApp();

        using var response = await app.PostSignedAsync(SaviraApp.WhatsAppForm("halo", from: "+6281234567890"), Cancel);

        await AssertRefusedAsync(app, response, HttpStatusCode.BadRequest, "From");
    }

    [Fact]
    public async Task OversizedBodyIsRefused()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Savira:Webhook:MaxBodyBytes"] = "4096" });

        using var response = await app.PostSignedAsync(SaviraApp.WhatsAppForm(new string('a', 5000)), Cancel);

        await AssertRefusedAsync(app, response, HttpStatusCode.RequestEntityTooLarge, "4096");
    }

    [Fact]
    public async Task UnknownMediaTypeIsRefused()
    {
        await using var app = new SaviraApp();
        var form = SaviraApp.WhatsAppForm("");
        form["NumMedia"] = "1";
        form["MediaUrl0"] = "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0";
        form["MediaContentType0"] = "application/x-msdownload";

        using var response = await app.PostSignedAsync(form, Cancel);

        await AssertRefusedAsync(app, response, HttpStatusCode.BadRequest, "MediaContentType0");
    }

    [Fact]
    public async Task MalformedNumMediaIsRefused()
    {
        await using var app = new SaviraApp();
        var form = SaviraApp.WhatsAppForm("halo");
        form["NumMedia"] = "banyak";

        using var response = await app.PostSignedAsync(form, Cancel);

        await AssertRefusedAsync(app, response, HttpStatusCode.BadRequest, "NumMedia");
    }

    [Fact]
    public async Task PhotoAndLocationAreAcceptedAndLogged()
    {
        await using var app = new SaviraApp();
        var form = SaviraApp.WhatsAppForm("jalan rusak di sini");
        form["NumMedia"] = "1";
        form["MediaUrl0"] = "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0";
        form["MediaContentType0"] = "image/jpeg";
        form["Latitude"] = "-6.9932";
        form["Longitude"] = "110.4203";
        form["Address"] = "Jl. Pemuda";

        using var response = await app.PostSignedAsync(form, Cancel);

        response.EnsureSuccessStatusCode();
        using var connection = app.OpenDatabase();
        var stored = await Dapper.SqlMapper.QuerySingleAsync<(string Media, double Latitude)>(connection,
            "SELECT media, latitude FROM inbound_messages");
        Assert.Contains("image/jpeg", stored.Media, StringComparison.Ordinal);
        Assert.Equal(-6.9932, stored.Latitude, 4);
    }
}
