using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Channels.Twilio;

/// <summary>
/// Copies the photo a citizen sent with a report from Twilio's media URL (with the account's credentials, as Twilio
/// asks) into Savira's database, so it stays after Twilio deletes its media. Only Twilio's own hosts get the
/// credentials; a photo that cannot be had is tried a few times, a few seconds apart, then left as a link.
/// </summary>
public sealed partial class TwilioMediaFetcher(
    IReportDesk desk,
    IOptions<OutboxSenderOptions> outbox,
    IOptions<TwilioOptions> twilio,
    ILogger<TwilioMediaFetcher> logger) : BackgroundService
{
    const int MaxAttempts = 5;
    static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = twilio.Value;
        if (string.IsNullOrWhiteSpace(settings.AccountSid) || string.IsNullOrWhiteSpace(settings.AuthToken))
            return; // no credentials: the photo stays a link to Twilio
        HttpMessageHandler handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (Uri.TryCreate(outbox.Value.ApiBaseUrl, UriKind.Absolute, out var baseUrl))
            handler = new TwilioApiRedirect(baseUrl) { InnerHandler = handler };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var credentials = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.AccountSid}:{settings.AuthToken}")));

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var (ticket, url) in desk.PhotosToFetch(MaxAttempts))
                    await desk.KeepCitizenPhotoAsync(ticket, await FetchAsync(http, credentials, url, stoppingToken), stoppingToken);
                await Task.Delay(Poll, stoppingToken); // how often to look, not city time: the real clock
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    async Task<byte[]?> FetchAsync(HttpClient http, AuthenticationHeaderValue credentials, string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || !(uri.Host == "api.twilio.com" || uri.Host.EndsWith(".twilio.com", StringComparison.OrdinalIgnoreCase)))
        {
            LogNotTwilio(logger);
            return null;
        }
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Authorization = credentials; // dropped by HttpClient when Twilio redirects to its storage
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, (int)response.StatusCode);
                return null;
            }
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, exception);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A report's photo URL is not at Twilio; it is not fetched")]
    static partial void LogNotTwilio(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio answered {Status} for a report's photo; it is tried again later")]
    static partial void LogFailed(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio could not be reached for a report's photo; it is tried again later")]
    static partial void LogUnreachable(ILogger logger, Exception exception);
}
