namespace Savira.Bot.Channels.Twilio;

/// <summary>
/// Sends the Twilio SDK's requests to another base URL (scheme, host and port), keeping path and query.
/// The SDK builds https://api.twilio.com/… itself; this is how tests point it at a fake on 127.0.0.1.
/// </summary>
public sealed class TwilioApiRedirect(Uri baseUrl) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } original)
        {
            request.RequestUri = new UriBuilder(original) { Scheme = baseUrl.Scheme, Host = baseUrl.Host, Port = baseUrl.Port }.Uri;
        }
        return base.SendAsync(request, cancellationToken);
    }
}
