using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Dapper;
using Microsoft.Extensions.Logging;
using Savira.Bot.Channels.Twilio;
using Savira.Tests.Support;

namespace Savira.Tests.Channels;

/// <summary>
/// A property test over both webhooks' forms, with a fixed seed and a bounded count: content types with odd parameters,
/// text from every Unicode plane with noncharacters, lone surrogates and control characters (sent as raw UTF-8, as
/// percent-escapes, and as escapes of bytes that are not UTF-8), coordinates that are NaN, infinite or out of range,
/// huge, repeated and missing fields. Most requests are signed, so they reach the engine; some are not. Whatever
/// comes, the host answers 2xx or 4xx, a 4xx is a ProblemDetails giving the reason, no body shows a stack trace,
/// nothing is logged as an error, and every message stored has its reply.
/// </summary>
public sealed class WebhookFuzzTests(ITestOutputHelper output)
{
    const int Seed = 20261130;
    const int Requests = 400;
    const string StatusPath = "/webhooks/twilio/status";

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoFormFromOutsideGetsA5xxAStackTraceOrAHalfWrittenMessage()
    {
        await using var app = new SaviraApp();
        var logs = LogCollector.AttachTo(app);
        var client = app.CreateClient();
        var random = new Random(Seed);
        var answered = new List<(FuzzRequest Request, string Body)>();
        var refusedSids = new HashSet<string>(StringComparer.Ordinal);
        var hinted = new HashSet<string>(StringComparer.Ordinal);
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < Requests; i++)
        {
            // Now and then a Twilio retry: an answered message sent again byte for byte gets the same bytes back.
            if (answered.Count > 0 && random.Next(10) == 0)
            {
                var (earlier, earlierBody) = answered[random.Next(answered.Count)];
                using var again = await client.SendAsync(earlier.ToHttp(), Cancel);
                Assert.Equal(HttpStatusCode.OK, again.StatusCode);
                Assert.Equal(earlierBody, await again.Content.ReadAsStringAsync(Cancel));
                continue;
            }

            var request = FuzzRequest.Make(random, i);
            using var response = await client.SendAsync(request.ToHttp(), Cancel);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(Cancel);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var what = $"request {i}: {request.Describe()} → {status} {body[..Math.Min(body.Length, 300)]}";

            Assert.True(status is >= 200 and < 300 or >= 400 and < 500, what);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            if (status >= 400)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                using var problem = JsonDocument.Parse(body);
                Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
                var detail = problem.RootElement.GetProperty("detail").GetString();
                Assert.False(string.IsNullOrWhiteSpace(detail), what);
                if (status == 400)
                    Assert.True(detail.Contains("field", StringComparison.Ordinal) || detail.Contains("body", StringComparison.Ordinal)
                        || detail.Contains("form", StringComparison.Ordinal) || detail.Contains("query", StringComparison.Ordinal), what);
                if (request.Sid is { } sid)
                    refusedSids.Add(sid);
            }
            else if (request.Path == SaviraApp.WebhookPath)
            {
                Assert.True(request.Signed, what); // only a signed form reaches the engine
                _ = XDocument.Parse(body); // well-formed TwiML: no lone surrogate, no character XML forbids
                Assert.DoesNotContain("NaN", body, StringComparison.Ordinal);
                answered.Add((request, body));
                if (body.Contains(TwilioInboundForm.UnreadablePinReply, StringComparison.Ordinal))
                    hinted.Add(request.Sid!); // answered with a hint, and not taken
            }
        }

        output.WriteLine(string.Join(", ", statuses.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}: {pair.Value}")));
        var errors = logs.Entries.Where(entry => entry.Level >= LogLevel.Error || entry.Exception is not null).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(entry => $"{entry.Category}: {entry.Message} {entry.Exception}")));
        Assert.True(answered.Count - hinted.Count >= Requests / 4, $"only {answered.Count - hinted.Count} messages reached the engine");
        Assert.True(statuses.Keys.Count(code => code >= 400) >= 4, "the fuzzing should meet several kinds of refusal");

        using var connection = app.OpenDatabase();
        var stored = connection.Query<(string MessageId, string Body, string? Handler, long Replies)>(
            """
            SELECT i.message_id AS MessageId, i.body AS Body, i.handler AS Handler,
                   (SELECT COUNT(*) FROM outbound_messages o WHERE o.inbound_id = i.id) AS Replies
            FROM inbound_messages i
            """).ToList();
        // One row per message answered, each with its reply (a handoff's silence is the one reply of no message).
        Assert.Equal(answered.Select(pair => pair.Request.Sid!).Where(sid => !hinted.Contains(sid)).Distinct().Order(StringComparer.Ordinal),
            stored.Select(row => row.MessageId).Order(StringComparer.Ordinal));
        Assert.All(stored, row => Assert.True(row.Replies > 0 || row.Handler == "handoff:waiting", $"{row.MessageId} has no reply"));
        Assert.DoesNotContain(stored, row => refusedSids.Contains(row.MessageId));
        // What is stored is what was understood: no NUL, no control character but tab and line breaks, no noncharacter, no lone surrogate.
        Assert.All(stored, row => Assert.True(IsClean(row.Body), $"{row.MessageId} was stored as {Escaped(row.Body)}"));
    }

    static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
                return false;
            if (rune.Value is (< 0x20 and not ('\t' or '\n' or '\r')) or (>= 0x7F and <= 0x9F) or (>= 0xFDD0 and <= 0xFDEF) || (rune.Value & 0xFFFE) == 0xFFFE)
                return false;
            i += consumed;
        }
        return true;
    }

    static string Escaped(string text) =>
        string.Concat(text.Take(200).Select(character => character is < ' ' or > '~' ? $"\\u{(int)character:X4}" : character.ToString()));

    /// <summary>One generated request: the path, the Content-Type, the body's bytes, and the signature header if any.</summary>
    sealed record FuzzRequest(string Path, string? ContentType, byte[] Body, string? Signature, bool Signed, string? Sid, string Kind)
    {
        static readonly string[] Citizens = ["whatsapp:+6281234500001", "whatsapp:+6281234500002", "whatsapp:+6281234500003",
            "whatsapp:+6281234500004", "whatsapp:+6285700000005", "whatsapp:+14155550106"];

        static readonly string[] ContentTypes =
        [
            "application/x-www-form-urlencoded;;", "application/x-www-form-urlencoded; ;", "application/x-www-form-urlencoded; a=\"",
            "application/x-www-form-urlencoded; x=y=z", "application/x-www-form-urlencoded;charset=", "application/x-www-form-urlencoded; charset=\"utf-8\"",
            "application/x-www-form-urlencoded; charset=iso-8859-1", "application/x-www-form-urlencoded; charset=utf-7", "APPLICATION/X-WWW-FORM-URLENCODED",
            "application/x-www-form-urlencoded, text/plain", "application/x-www-form-urlencoded; boundary=\u00e9\u0000", "multipart/form-data; boundary=x",
            "text/plain", "application/json", "", ";", "application/", "/x-www-form-urlencoded", "application/x-www-form-urlencoded;" + new string(';', 3000),
            "application/x-www-form-urlencoded; " + string.Join("; ", Enumerable.Range(0, 200).Select(n => $"p{n}=v{n}")),
        ];

        static readonly string[] Words =
        [
            "halo", "menu", "1", "5", "9", "0", "batal", "kembali", "lewati", "ya", "tidak", "cek pbb", "cek pbb 33.74.010.005.012-0345.0",
            "pajak motor H 1234 AB", "cek tagihan pdam 01230045", "air mati di meteseh", "air mati", "jadwal dokter anak hari kamis",
            "ambil antrean pkm halmahera poli gigi", "antrean saya", "batalkan antrean", "ktp saya ilang gimana", "cek status DUK-20261118-0042",
            "lampu jalan mati sudah tiga hari", "lapor jalan rusak", "Lubang besar di tengah jalan, motor sering jatuh", "Jl. Pandanaran depan Toko Oen",
            "saya mau bicara dengan petugas", "tolong ibu saya pingsan gak napas", "cek laporan INF-2026-000001", "besok", "31/02/2026", "tgl 0",
            "337413001100201070", "9999999999999999999999999", "SIP-20261102-0007", "INF/2026/000123", "brp biaya akta lahir?",
        ];

        static readonly string[] Odd =
        [
            "\0", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009F", "\t", "\r\n", "\n", "\r", "\u2028", "\u2029",
            "\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\U0001FFFE", "\U0010FFFF", "\uFEFF", "\u200B", "\u200D", "\u202E", "\u2066",
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "😀", "👍🏽", "👨‍👩‍👧‍👦", "🇮🇩", "🏳️‍🌈", "e\u0301\u0302\u0303\u0304", "\u0301",
            "ﷺ", "ǅ", "ﬀ", "Ａ", "①", "𝕒", "İ", "ß", "ꦲꦏ꧀ꦱꦫ", "١٢٣", "߀", "𑁦", "\U000E0041", "\U000F0000", "\U00100000", "%", "%4", "%zz", "+", "&", "=", "&&==",
        ];

        public static FuzzRequest Make(Random random, int index)
        {
            var path = random.Next(8) == 0 ? StatusPath : SaviraApp.WebhookPath;
            var fields = path == StatusPath ? StatusForm(random) : WhatsAppForm(random, index);
            var query = path == StatusPath && random.Next(2) == 0 ? "?outbox=" + Pick(random, ["1", "0", "-1", "x", "99999999999999999999", "%00", "1%0A"]) : "";

            var sid = fields.FirstOrDefault(field => field.Key == "MessageSid").Value;
            var (body, decoded) = Encode(random, fields);
            var url = SaviraApp.PublicBaseUrl + path + query;

            var kind = random.Next(20);
            var contentType = kind switch
            {
                0 => Pick(random, ContentTypes),
                1 => null,
                _ => random.Next(4) == 0 ? "application/x-www-form-urlencoded; charset=utf-8" : "application/x-www-form-urlencoded",
            };
            var signing = random.Next(20);
            var signature = signing switch
            {
                0 => null,                                                                  // unsigned
                1 => TwilioSigner.Sign("someone-elses-token", url, decoded),                // signed by someone else
                2 => Pick(random, ["x", "", "====", new string('A', 28), new string('A', 27) + "\u00e9", "AAAA AAAA", new string('A', 5000)]),
                3 => TwilioSigner.Sign(SaviraApp.AuthToken, url.Replace(".go.id/", ".go.id:443/", StringComparison.Ordinal), decoded), // the SDK accepts it, Savira does not
                _ => TwilioSigner.Sign(SaviraApp.AuthToken, url, decoded),
            };
            return new FuzzRequest(path + query, contentType, body, signature, signing >= 4, sid, $"{fields.Count} fields, signing {signing}, content type {kind}");
        }

        public HttpRequestMessage ToHttp()
        {
            var content = new ByteArrayContent(Body);
            if (ContentType is not null)
                content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
            if (Signature is not null)
                request.Headers.TryAddWithoutValidation("X-Twilio-Signature", Signature);
            return request;
        }

        public string Describe() => $"{Path} {Kind} {Escaped(ContentType ?? "(none)")} {Body.Length} bytes";

        static List<KeyValuePair<string, string>> WhatsAppForm(Random random, int index)
        {
            var from = Pick(random, Citizens);
            var fields = new List<KeyValuePair<string, string>>
            {
                new("MessageSid", "SM" + (0xF0000000L + index).ToString("x32", CultureInfo.InvariantCulture)),
                new("AccountSid", "AC" + new string('0', 32)),
                new("From", from),
                new("To", "whatsapp:+14155238886"),
                new("Body", Text(random)),
                new("NumMedia", "0"),
                new("WaId", from["whatsapp:+".Length..]),
                new("ProfileName", random.Next(4) == 0 ? Text(random) : "Warga Semarang"),
            };
            var mutations = random.Next(2) == 0 ? 0 : random.Next(4) == 0 ? 2 : 1;
            for (var m = 0; m < mutations; m++)
                Mutate(random, fields);
            return fields;
        }

        static void Mutate(Random random, List<KeyValuePair<string, string>> fields)
        {
            switch (random.Next(12))
            {
                case 0: // a key with a space, a line break or a NUL around it, or not of Twilio's form
                    Set(fields, Pick(random, ["MessageSid", "From"]), Get(fields, random.Next(2) == 0 ? "MessageSid" : "From")
                        + Pick(random, ["\n", "\r\n", " ", "\t", "\0", "\u00a0"]));
                    break;
                case 1:
                    Set(fields, "MessageSid", Pick(random, ["", "SM", "sm" + new string('a', 32), "SM" + new string('g', 32), "SMxyz", Text(random)]));
                    break;
                case 2:
                    Set(fields, "From", Pick(random, ["", "+6281234567890", "whatsapp:6281234567890", "whatsapp:+0812", "WHATSAPP:+6281234567890", "whatsapp:+62812345678901234567", Text(random)]));
                    break;
                case 3: // a pin, often not a number a map has
                    Set(fields, "Latitude", random.Next(2) == 0 ? "-6.9932" : Pick(random, ["-6.9932", "NaN", "nan", "Infinity", "-Infinity", "∞", "1e999", "-1e999", "91", "-90.0000001", "90", "0", "", " -6.99 ", "6,99", "0x10", "1e-400", Text(random)]));
                    Set(fields, "Longitude", "110.4203");
                    if (random.Next(3) == 0)
                        Set(fields, "Longitude", Pick(random, ["110.4203", "NaN", "Infinity", "180", "-180.5", "181", "1e308", "-0", Text(random)]));
                    if (random.Next(2) == 0)
                        Set(fields, "Address", Text(random));
                    if (random.Next(3) == 0)
                        Set(fields, "Label", Text(random));
                    break;
                case 4: // media, sometimes broken
                    var count = Pick(random, ["1", "2", "10", "11", "-1", "1.0", "banyak", "", "99999999999"]);
                    Set(fields, "NumMedia", count);
                    for (var m = 0; m < 3; m++)
                    {
                        Set(fields, $"MediaUrl{m}", Pick(random, ["https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0", "ftp://x", "not a url", "", "https://" + Text(random)]));
                        Set(fields, $"MediaContentType{m}", Pick(random, ["image/jpeg", "image/png; q=1", "audio/ogg", "application/x-msdownload", "image/", ";;", "", Text(random)]));
                    }
                    break;
                case 5: // a field given twice
                    var repeated = Pick(random, ["Body", "MessageSid", "From", "Latitude", "NumMedia", "ProfileName", "WaId"]);
                    fields.Add(new(repeated, fields.FirstOrDefault(field => field.Key == repeated).Value ?? Text(random)));
                    break;
                case 6: // a field missing
                    fields.RemoveAll(field => field.Key == Pick(random, ["MessageSid", "From", "Body", "NumMedia", "To", "AccountSid"]));
                    break;
                case 7: // a huge field: over the body limit, or just under it
                    Set(fields, Pick(random, ["Body", "ProfileName", "Address", "Whatever"]), string.Concat(Enumerable.Repeat(Pick(random, Odd.Concat(Words).ToArray()), random.Next(500, 12_000))));
                    break;
                case 8: // fields Twilio does not send, with any name
                    for (var n = random.Next(1, 5); n > 0; n--)
                        fields.Add(new(Text(random), Text(random)));
                    break;
                case 9: // many fields
                    for (var n = random.Next(200, 400); n > 0; n--)
                        fields.Add(new($"F{n}", "x"));
                    break;
                case 10:
                    Set(fields, "ButtonPayload", Text(random));
                    break;
                default: // names in another case: not the fields Twilio signs
                    Set(fields, Pick(random, ["body", "BODY", "messagesid", "from"]), Text(random));
                    break;
            }
        }

        static List<KeyValuePair<string, string>> StatusForm(Random random)
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                new("MessageSid", random.Next(4) == 0 ? Text(random) : "SM" + random.NextInt64().ToString("x32", CultureInfo.InvariantCulture)),
                new("MessageStatus", Pick(random, ["delivered", "read", "failed", "undelivered", "sent", "queued", "DELIVERED", "delivered\n", "", Text(random)])),
                new("AccountSid", "AC" + new string('0', 32)),
            };
            if (random.Next(3) == 0)
                fields.Add(new("ErrorCode", Pick(random, ["63016", "30008", "", "x", "-1", "99999999999", Text(random)])));
            if (random.Next(4) == 0)
                Mutate(random, fields);
            return fields;
        }

        /// <summary>Text from anywhere: the services' words, every plane, noncharacters, lone surrogates and controls.</summary>
        static string Text(Random random)
        {
            var text = new StringBuilder();
            for (var pieces = random.Next(0, 12); pieces > 0; pieces--)
            {
                switch (random.Next(6))
                {
                    case 0 or 1:
                        text.Append(Pick(random, Words));
                        break;
                    case 2:
                        text.Append(Pick(random, Odd));
                        break;
                    case 3: // any code point of any plane, noncharacters and surrogates included
                        var plane = Pick<int>(random, [0, 0, 0, 1, 1, 2, 3, 14, 15, 16]);
                        var code = (plane << 16) | random.Next(0x10000);
                        text.Append(code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code));
                        break;
                    case 4:
                        text.Append((char)random.Next(0x20));
                        break;
                    default:
                        text.Append(' ');
                        break;
                }
            }
            return text.ToString();
        }

        /// <summary>
        /// The body, and the fields as the host decodes them (what Twilio would have signed). Each value is sent as
        /// percent-escaped UTF-8, as raw UTF-8 bytes, or with escapes of bytes that are not UTF-8 (CESU-8 surrogates,
        /// overlong forms, stray continuation bytes); a lone surrogate can only arrive as U+FFFD.
        /// </summary>
        static (byte[] Body, List<KeyValuePair<string, string>> Decoded) Encode(Random random, List<KeyValuePair<string, string>> fields)
        {
            var body = new List<byte>();
            var decoded = new List<KeyValuePair<string, string>>();
            foreach (var (name, value) in fields)
            {
                if (body.Count > 0)
                    body.AddRange(random.Next(30) == 0 ? "&&"u8.ToArray() : "&"u8.ToArray());
                var nameBytes = Encoding.UTF8.GetBytes(name);
                var valueBytes = Encoding.UTF8.GetBytes(value).ToList();
                var mode = random.Next(6);
                if (mode is 0 or 2 && !IsText(name) && random.Next(8) != 0)
                    mode = 3; // mostly keep Twilio's own fields (MessageSid, From, NumMedia…) readable, so most messages reach the engine
                if (mode == 0) // bytes that are not UTF-8, escaped
                    valueBytes.AddRange(Pick<byte[]>(random, [[0xED, 0xA0, 0x80], [0xC0, 0x80], [0x80], [0xFF, 0xFE], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]]));
                Escape(body, nameBytes, raw: false);
                body.Add((byte)'=');
                Escape(body, [.. valueBytes], raw: mode == 1);
                var broken = mode == 2 ? Pick(random, ["%", "%4", "%zz", "%%", "%%4"]) : ""; // an escape that is not one stays as written
                body.AddRange(Encoding.ASCII.GetBytes(broken));
                decoded.Add(new(Encoding.UTF8.GetString(nameBytes), Encoding.UTF8.GetString([.. valueBytes]) + broken));
            }
            return ([.. body], decoded);
        }

        static bool IsText(string name) =>
            name is "Body" or "ProfileName" or "Address" or "Label" or "ButtonPayload" || !TwilioFields.Contains(name);

        static readonly HashSet<string> TwilioFields = ["MessageSid", "AccountSid", "From", "To", "NumMedia", "WaId", "Latitude", "Longitude",
            "MessageStatus", "ErrorCode", "MediaUrl0", "MediaUrl1", "MediaUrl2", "MediaContentType0", "MediaContentType1", "MediaContentType2"];

        static void Escape(List<byte> body, byte[] bytes, bool raw)
        {
            foreach (var b in bytes)
            {
                if (b == ' ')
                    body.Add((byte)'+');
                else if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' || raw && b >= 0x80)
                    body.Add(b);
                else
                    body.AddRange(Encoding.ASCII.GetBytes($"%{b:X2}"));
            }
        }

        static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
        {
            fields.RemoveAll(field => field.Key == name);
            fields.Add(new(name, value));
        }

        static string Get(List<KeyValuePair<string, string>> fields, string name) => fields.FirstOrDefault(field => field.Key == name).Value ?? "";

        static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
    }
}
