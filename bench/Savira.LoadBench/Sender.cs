using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Savira.LoadBench;

/// <summary>
/// One simulated citizen: a WhatsApp number of its own, its messages sent one after the other. It keeps
/// its place in the message mix from one timed run to the next.
/// </summary>
internal sealed class Sender(int index, int newWordLetters)
{
    static readonly byte[] Token = Encoding.UTF8.GetBytes(LoadBenchmark.AuthToken);
    static readonly Uri Path = new(LoadBenchmark.WebhookPath, UriKind.Relative);
    static long messageCounter;

    readonly string from = string.Create(CultureInfo.InvariantCulture, $"whatsapp:+62811{index:D7}");
    long turn;

    /// <summary>Sends until <paramref name="duration"/> has passed on <paramref name="clock"/> or the shared budget of requests is spent.</summary>
    public async Task<SenderResult> RunAsync(HttpClient client, Stopwatch clock, TimeSpan duration, long[] budget, CancellationToken cancellationToken)
    {
        var result = new SenderResult();
        while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested && Interlocked.Decrement(ref budget[0]) >= 0)
        {
            using var request = NewRequest();
            result.Requests++;
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var elapsed = Stopwatch.GetTimestamp() - started;
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    result.Answered++;
                    result.ReplyMessages += CountMessages(body);
                    result.Latencies.Add(elapsed);
                }
                else
                {
                    result.Errors++;
                    if (result.Errors <= 3)
                        Console.Error.WriteLine($"  {from}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                result.Errors++;
                if (result.Errors <= 3)
                    Console.Error.WriteLine($"  {from}: {exception.GetType().Name} {exception.Message}");
            }
        }
        return result;
    }

    HttpRequestMessage NewRequest()
    {
        var messageSid = "SM" + Interlocked.Increment(ref messageCounter).ToString("x32", CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = messageSid,
            ["SmsMessageSid"] = messageSid,
            ["AccountSid"] = "AC" + new string('0', 32),
            ["From"] = from,
            ["To"] = "whatsapp:+14155238886",
            ["Body"] = MessageMix.Body(turn++, index, newWordLetters),
            ["NumMedia"] = "0",
            ["NumSegments"] = "1",
            ["WaId"] = from["whatsapp:+".Length..],
            ["ProfileName"] = "Warga Semarang",
            ["ApiVersion"] = "2010-04-01",
        };
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSignature.Sign(Token, LoadBenchmark.PublicBaseUrl + LoadBenchmark.WebhookPath, form));
        return request;
    }

    static int CountMessages(string twiml)
    {
        var count = 0;
        for (var at = twiml.IndexOf("<Message>", StringComparison.Ordinal); at >= 0; at = twiml.IndexOf("<Message>", at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
