using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Savira.Bot.Channels.Twilio;

/// <summary>
/// Reads a webhook's body: <c>application/x-www-form-urlencoded</c> in UTF-8, at most MaxBodyBytes, parsed as the
/// WHATWG URL standard parses a form ('+' is a space, a broken %-escape stays as written, bytes that are not UTF-8
/// become U+FFFD). Field names are case-sensitive, as Twilio signs them, and every value is kept as sent, NUL
/// included: the signature is computed over them, and <c>IncomingMessage</c> cleans what the engine reads.
/// (ASP.NET Core's form reader refuses a NUL, merges "Body" with "body", and throws on a Content-Type it cannot parse.)
/// </summary>
public static class WebhookForm
{
    public const string MediaType = "application/x-www-form-urlencoded";

    /// <summary>Twilio sends about 20 fields, 40 with ten media; more is not Twilio.</summary>
    public const int MaxFields = 256;

    /// <summary>Why a body with this Content-Type is not read, or null when it is a UTF-8 form.</summary>
    public static string? ContentTypeProblem(StringValues contentType)
    {
        if (contentType.Count != 1 || !MediaTypeHeaderValue.TryParse(contentType[0], out var parsed))
            return "The Content-Type header is not a valid media type; send application/x-www-form-urlencoded, as Twilio does.";
        if (!parsed.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase))
            return "The body must be application/x-www-form-urlencoded, as Twilio sends it.";
        var charset = HeaderUtilities.RemoveQuotes(parsed.Charset);
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return "The Content-Type may name no charset but UTF-8 (charset=utf-8): Twilio sends its forms in UTF-8.";
        return null;
    }

    /// <summary>The form, or the status (413, 400) and reason it is refused.</summary>
    public static async Task<(FormCollection? Form, int Status, string? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
            sizeLimit.MaxRequestBodySize = maxBytes;

        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = 0;
            try
            {
                while (length <= maxBytes)
                {
                    var read = await request.Body.ReadAsync(buffer.AsMemory(length, maxBytes + 1 - length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                        break;
                    length += read;
                }
            }
            catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                length = maxBytes + 1;
            }
            catch (Exception exception) when (exception is BadHttpRequestException or IOException)
            {
                return (null, StatusCodes.Status400BadRequest, "The body could not be read.");
            }

            if (length > maxBytes)
                return (null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    static (FormCollection? Form, int Status, string? Problem) Parse(Span<byte> body)
    {
        var fields = new Dictionary<string, StringValues>(24, StringComparer.Ordinal);
        var count = 0;
        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)'&');
            var pair = end < 0 ? body : body[..end];
            body = end < 0 ? [] : body[(end + 1)..];
            if (pair.IsEmpty)
                continue;
            if (++count > MaxFields)
                return (null, StatusCodes.Status400BadRequest, $"The form has more than {MaxFields} fields.");

            var equals = pair.IndexOf((byte)'=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            fields[name] = fields.TryGetValue(name, out var earlier) ? StringValues.Concat(earlier, value) : new StringValues(value);
        }
        return (new FormCollection(fields), StatusCodes.Status200OK, null);
    }

    /// <summary>Percent-decodes in place ('+' is a space) and reads the bytes as UTF-8.</summary>
    static string Decode(Span<byte> encoded)
    {
        var written = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var next = encoded[i];
            if (next == '+')
                next = (byte)' ';
            else if (next == '%' && i + 2 < encoded.Length && char.IsAsciiHexDigit((char)encoded[i + 1]) && char.IsAsciiHexDigit((char)encoded[i + 2]))
            {
                next = (byte)(HexValue(encoded[i + 1]) << 4 | HexValue(encoded[i + 2]));
                i += 2;
            }
            encoded[written++] = next;
        }
        return Encoding.UTF8.GetString(encoded[..written]);
    }

    static int HexValue(byte digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;
}
