using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Savira.Core.Inbound;

namespace Savira.Bot.Channels.Twilio;

/// <summary>
/// Reads Twilio's form-encoded inbound WhatsApp message into the channel-neutral <see cref="IncomingMessage"/>.
/// The keys (MessageSid, From) must be exactly Twilio's form, with no space or line break around them, so one
/// message has one key; a field Twilio sends once may be given only once. The texts are kept as the citizen wrote
/// them, less what <see cref="CitizenText"/> takes out.
/// </summary>
public static partial class TwilioInboundForm
{
    public const string Channel = "whatsapp";
    const int MaxMedia = 10;

    /// <summary>
    /// What the citizen is told when the pin they shared is no place on a map (NaN, infinite, out of range, or only one
    /// coordinate). WhatsApp never sends one; if a client does, the citizen gets this hint rather than silence, and the
    /// message is not taken (nothing is stored), so the report or lookup waiting for a location still waits for one.
    /// </summary>
    public const string UnreadablePinReply =
        "Maaf, titik lokasi yang Anda kirim tidak dapat dibaca 🙏 Kirim ulang lokasi lewat tombol 📎 › *Lokasi* di WhatsApp, atau tulis alamatnya.";

    /// <summary>
    /// The message, or the reason it cannot be one (naming the field at fault). <c>UnreadablePin</c> is set when the
    /// only fault is the pin's coordinates: the reason is then logged and the citizen gets <see cref="UnreadablePinReply"/>.
    /// </summary>
    public static (IncomingMessage? Message, string? Problem, bool UnreadablePin) Read(IFormCollection form, DateTimeOffset receivedAt, WebhookOptions options)
    {
        if (RepeatedField(form) is { } repeated)
            return (null, $"The field {repeated} is given more than once.", false);

        var messageSid = form["MessageSid"].ToString();
        if (messageSid.Length == 0)
            return (null, "The field MessageSid is missing.", false);
        if (!MessageSidPattern().IsMatch(messageSid))
            return (null, "The field MessageSid is not a Twilio message SID.", false);

        var from = form["From"].ToString();
        if (from.Length == 0)
            return (null, "The field From is missing.", false);
        if (!WhatsAppAddress().IsMatch(from))
            return (null, "The field From must be a WhatsApp address such as whatsapp:+6281234567890.", false);

        var (media, mediaProblem) = ReadMedia(form, options);
        if (mediaProblem is not null)
            return (null, mediaProblem, false);

        var (location, locationProblem) = ReadLocation(form);
        if (locationProblem is not null)
            return (null, locationProblem, true);

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
        }, null, false);
    }

    /// <summary>The first field read here that the form gives twice: Twilio never does, and either copy would be a guess.</summary>
    static string? RepeatedField(IFormCollection form)
    {
        foreach (var (name, values) in form)
        {
            if (values.Count > 1 && IsRead(name))
                return name;
        }
        return null;

        static bool IsRead(string name) =>
            name is "MessageSid" or "From" or "Body" or "ProfileName" or "ButtonPayload" or "NumMedia" or "Latitude" or "Longitude" or "Address" or "Label"
            || name.StartsWith("MediaUrl", StringComparison.Ordinal) || name.StartsWith("MediaContentType", StringComparison.Ordinal);
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
                return ([], $"The field MediaContentType{i} has the media type '{parsed.MediaType}', which is not supported.");
            media.Add(new MediaAttachment(url, parsed.MediaType.ToLowerInvariant()));
        }
        return (media, null);
    }

    /// <summary>A pin has both coordinates, each a finite number in range: "NaN", "Infinity" and 1e999 are refused.</summary>
    static (SharedLocation? Location, string? Problem) ReadLocation(IFormCollection form)
    {
        var latitude = form["Latitude"].ToString();
        var longitude = form["Longitude"].ToString();
        if (latitude.Length == 0 && longitude.Length == 0)
            return (null, null);
        if (!double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || !SharedLocation.IsLatitude(lat))
            return (null, "The field Latitude must be a number from -90 to 90.");
        if (!double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || !SharedLocation.IsLongitude(lon))
            return (null, "The field Longitude must be a number from -180 to 180.");
        return (new SharedLocation(lat, lon, NullIfEmpty(form["Address"].ToString()), NullIfEmpty(form["Label"].ToString())), null);
    }

    static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    // \z, not $: "$" also matches before a final line break, and "SM…\n" would be a second key for the same message.
    [GeneratedRegex(@"^[A-Z]{2}[0-9a-fA-F]{32}\z")]
    private static partial Regex MessageSidPattern();

    [GeneratedRegex(@"^whatsapp:\+[1-9][0-9]{6,14}\z")]
    private static partial Regex WhatsAppAddress();
}
