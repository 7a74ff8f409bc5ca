using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Savira.Core.Inbound;

namespace Savira.Bot.Channels.Twilio;

/// <summary>Reads Twilio's form-encoded inbound WhatsApp message into the channel-neutral <see cref="IncomingMessage"/>.</summary>
public static partial class TwilioInboundForm
{
    public const string Channel = "whatsapp";
    const int MaxMedia = 10;

    /// <summary>The message, or the reason it cannot be one (naming the field at fault).</summary>
    public static (IncomingMessage? Message, string? Problem) Read(IFormCollection form, DateTimeOffset receivedAt, WebhookOptions options)
    {
        var messageSid = form["MessageSid"].ToString();
        if (string.IsNullOrWhiteSpace(messageSid))
            return (null, "The field MessageSid is missing.");
        if (!MessageSidPattern().IsMatch(messageSid))
            return (null, "The field MessageSid is not a Twilio message SID.");

        var from = form["From"].ToString();
        if (string.IsNullOrWhiteSpace(from))
            return (null, "The field From is missing.");
        if (!WhatsAppAddress().IsMatch(from))
            return (null, "The field From must be a WhatsApp address such as whatsapp:+6281234567890.");

        var (media, mediaProblem) = ReadMedia(form, options);
        if (mediaProblem is not null)
            return (null, mediaProblem);

        var (location, locationProblem) = ReadLocation(form);
        if (locationProblem is not null)
            return (null, locationProblem);

        return (new IncomingMessage
        {
            Channel = Channel,
            MessageId = messageSid,
            Sender = from,
            Text = form["Body"].ToString(),
            ReceivedAt = receivedAt,
            ProfileName = NullIfEmpty(form["ProfileName"].ToString()),
            Media = media,
            Location = location,
            ButtonPayload = NullIfEmpty(form["ButtonPayload"].ToString()),
        }, null);
    }

    static (IReadOnlyList<MediaAttachment> Media, string? Problem) ReadMedia(IFormCollection form, WebhookOptions options)
    {
        var numMedia = form["NumMedia"].ToString();
        if (string.IsNullOrEmpty(numMedia))
            return ([], null);
        if (!int.TryParse(numMedia, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxMedia)
            return ([], $"The field NumMedia must be a whole number from 0 to {MaxMedia}.");

        var media = new List<MediaAttachment>(count);
        for (var i = 0; i < count; i++)
        {
            if (!Uri.TryCreate(form[$"MediaUrl{i}"].ToString(), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
                return ([], $"The field MediaUrl{i} must be an absolute http(s) URL.");

            var contentType = form[$"MediaContentType{i}"].ToString();
            if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType is null)
                return ([], $"The field MediaContentType{i} is not a media type.");
            if (!options.MediaTypes.Contains(parsed.MediaType, StringComparer.OrdinalIgnoreCase))
                return ([], $"The media type '{parsed.MediaType}' in MediaContentType{i} is not supported.");
            media.Add(new MediaAttachment(url, parsed.MediaType.ToLowerInvariant()));
        }
        return (media, null);
    }

    static (SharedLocation? Location, string? Problem) ReadLocation(IFormCollection form)
    {
        var latitude = form["Latitude"].ToString();
        var longitude = form["Longitude"].ToString();
        if (latitude.Length == 0 && longitude.Length == 0)
            return (null, null);
        if (!double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90)
            return (null, "The field Latitude must be a number from -90 to 90.");
        if (!double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
            return (null, "The field Longitude must be a number from -180 to 180.");
        return (new SharedLocation(lat, lon, NullIfEmpty(form["Address"].ToString()), NullIfEmpty(form["Label"].ToString())), null);
    }

    static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex("^[A-Z]{2}[0-9a-fA-F]{32}$")]
    private static partial Regex MessageSidPattern();

    [GeneratedRegex(@"^whatsapp:\+[1-9][0-9]{6,14}$")]
    private static partial Regex WhatsAppAddress();
}
