using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging;
using Savira.Bot.Channels.Twilio;
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
        // A signature of the right form (without one, the request is refused with 403 before its body is looked at).
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(SaviraApp.AuthToken, SaviraApp.PublicBaseUrl + SaviraApp.WebhookPath, []));

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

    [Fact]
    public async Task AContentTypeWithOddParametersIsRefusedWith415OnEitherWebhookAndLogsNoError()
    {
        await using var app = new SaviraApp();
        var logs = LogCollector.AttachTo(app);
        foreach (var path in (string[])[SaviraApp.WebhookPath, "/webhooks/twilio/status"])
        {
            foreach (var parameters in (string[])[";;", "; ;", "; a=\"", "; x=y=z", "; charset=iso-8859-1"])
            {
                var form = SaviraApp.WhatsAppForm("halo");
                var content = new FormUrlEncodedContent(form);
                content.Headers.Remove("Content-Type");
                content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded" + parameters);
                using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
                request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(SaviraApp.AuthToken, SaviraApp.PublicBaseUrl + path, form));

                using var response = await app.CreateClient().SendAsync(request, Cancel);

                await AssertRefusedAsync(app, response, HttpStatusCode.UnsupportedMediaType, "Content-Type");
            }
        }
        Assert.DoesNotContain(logs.Entries, entry => entry.Level >= LogLevel.Error || entry.Exception is not null);
    }

    [Fact]
    public async Task ANulOrAControlCharacterInTheMessageIsTakenOutAndTheMessageAnswered()
    {
        await using var app = new SaviraApp();

        var reply = string.Join("\n", await app.ChatAsync("cek\0pbb\u0007 33.74.010.005.012-0345.0\u001B", Cancel));

        Assert.Contains("33.74.010.005.012-0345.0", reply, StringComparison.Ordinal); // understood as the PBB lookup it is
        using var connection = app.OpenDatabase();
        Assert.Equal("cek pbb  33.74.010.005.012-0345.0 ", connection.QuerySingle<string>("SELECT body FROM inbound_messages"));

        // A noncharacter is read as a space too, as a part of no word: never the handler's failure.
        foreach (var (noncharacter, citizen) in new[] { ("\uFFFE", 1), ("\uFFFF", 2), ("\uFDD0", 3), ("\U0010FFFF", 4) })
        {
            var answer = string.Join("\n", await app.ChatAsync($"cek{noncharacter}pbb 33.74.010.005.012-0345.0", Cancel, from: $"whatsapp:+628123450000{citizen}"));
            Assert.Contains("33.74.010.005.012-0345.0", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("gangguan", answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AKeyWithALineBreakOrSpaceAfterItIsRefusedNamingItsFieldSoAMessageHasOneKey()
    {
        await using var app = new SaviraApp();
        var form = SaviraApp.WhatsAppForm("halo");
        using var first = await app.PostSignedAsync(form, Cancel);
        first.EnsureSuccessStatusCode();

        foreach (var (field, trailing) in new[] { ("MessageSid", "\n"), ("MessageSid", "\r\n"), ("MessageSid", " "), ("From", "\n"), ("From", "\t") })
        {
            var copy = new Dictionary<string, string>(form);
            copy[field] += trailing;

            using var response = await app.PostSignedAsync(copy, Cancel);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        Assert.Equal(1, app.Count("inbound_messages"));
        Assert.Equal(1, app.Count("sessions"));
    }

    [Fact]
    public async Task APinThatIsNoPlaceOnAMapGetsAHintStoresNothingAndTheReportStillWaitsForItsLocation()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("lapor jalan rusak", Cancel);
        await app.ChatAsync("Lubang besar di tengah jalan, motor sering jatuh", Cancel);
        var logs = LogCollector.AttachTo(app);

        foreach (var (latitude, longitude, field) in new[]
        {
            ("NaN", "110.4203", "Latitude"), ("-6.9932", "NaN", "Longitude"), ("Infinity", "110.4203", "Latitude"),
            ("-6.9932", "-Infinity", "Longitude"), ("1e999", "110.4203", "Latitude"), ("91", "110.4203", "Latitude"),
            ("-6.9932", "180.5", "Longitude"), ("-6.9932", "", "Longitude"), ("nan", "110.4203", "Latitude"),
        })
        {
            var form = SaviraApp.WhatsAppForm("");
            form["Latitude"] = latitude;
            form["Longitude"] = longitude;

            using var response = await app.PostSignedAsync(form, Cancel);
            using var retry = await app.PostSignedAsync(form, Cancel);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            Assert.Equal([TwilioInboundForm.UnreadablePinReply], Twiml.Messages(body));
            Assert.Equal(body, await retry.Content.ReadAsStringAsync(Cancel));
            Assert.Contains(logs.Entries, entry => entry.Message.Contains($"The field {field} must be", StringComparison.Ordinal));
        }
        Assert.Equal(2, app.Count("inbound_messages")); // the two messages before the pins, nothing of the pins
        using var connection = app.OpenDatabase();
        const string CitizensReports = "SELECT latitude FROM infrastructure_reports WHERE sender = @sender";
        Assert.Empty(connection.Query<double>(CitizensReports, new { sender = SaviraApp.Citizen }));
        Assert.DoesNotContain(logs.Entries, entry => entry.Level >= LogLevel.Error || entry.Exception is not null);

        // The report still waits for its location, and takes the pin the citizen sends again.
        await app.ShareLocationAsync(-6.9932, 110.4203, Cancel);
        var filed = string.Join("\n", await app.ChatAsync("lewati", Cancel));
        Assert.DoesNotContain("NaN", filed, StringComparison.Ordinal);
        Assert.Equal(-6.9932, connection.QuerySingle<double>(CitizensReports, new { sender = SaviraApp.Citizen }), 4);
    }

    [Fact]
    public async Task APinThatIsNoPlaceOnAMapNeverShowsANaNDistanceForTheNearestPuskesmas()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("ambil antrean puskesmas", Cancel);
        var form = SaviraApp.WhatsAppForm("");
        form["Latitude"] = "NaN";
        form["Longitude"] = "NaN";

        using var response = await app.PostSignedAsync(form, Cancel);

        var messages = Twiml.Messages(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal([TwilioInboundForm.UnreadablePinReply], messages);
        Assert.Contains("km", string.Join("\n", await app.ShareLocationAsync(-7.0270, 110.4650, Cancel)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFieldGivenTwiceIsRefusedNamingIt()
    {
        await using var app = new SaviraApp();
        var form = SaviraApp.WhatsAppForm("cek pbb").ToList();
        form.Add(new("Body", "cek pdam"));
        using var request = new HttpRequestMessage(HttpMethod.Post, SaviraApp.WebhookPath) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(SaviraApp.AuthToken, SaviraApp.PublicBaseUrl + SaviraApp.WebhookPath, form));

        using var response = await app.CreateClient().SendAsync(request, Cancel);

        await AssertRefusedAsync(app, response, HttpStatusCode.BadRequest, "Body");
    }

    [Fact]
    public async Task AnAddressOfTwoThousandEmojiIsAnsweredWithNoEmojiCutAndTheRetryGetsTheSameBytes()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("lapor jalan rusak", Cancel);
        await app.ChatAsync("Lubang besar di tengah jalan, motor sering jatuh", Cancel);
        var address = "x" + string.Concat(Enumerable.Repeat("😀", 2000));
        await app.ShareLocationAsync(-6.9932, 110.4203, Cancel, address: address);
        var form = SaviraApp.WhatsAppForm("lewati");

        using var first = await app.PostSignedAsync(form, Cancel);
        using var retry = await app.PostSignedAsync(form, Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstBytes = await first.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal(firstBytes, await retry.Content.ReadAsByteArrayAsync(Cancel));
        var messages = Twiml.Messages(Encoding.UTF8.GetString(firstBytes));
        Assert.True(messages.Count > 2);
        Assert.All(messages, message => Assert.True(message.Length <= 1600 && !message.Contains('\uFFFD', StringComparison.Ordinal)));
        Assert.Contains(address, string.Concat(messages), StringComparison.Ordinal); // every emoji whole, none lost
        using var connection = app.OpenDatabase();
        Assert.Equal(address, connection.QuerySingle<string>("SELECT address FROM infrastructure_reports WHERE sender = @sender", new { sender = SaviraApp.Citizen }));
    }
}
