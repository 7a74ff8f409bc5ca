using Microsoft.Extensions.Options;
using Savira.Core.Outbox;
using Savira.Core.Privacy;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Savira.Bot.Channels.Twilio;

/// <summary>
/// Sends the outbox through Twilio's REST API. Each message is claimed before the call and marked sent
/// with Twilio's SID after it, so it goes out once even across restarts; a message whose call was cut
/// short by a crash is set aside as 'uncertain' rather than sent twice. Twilio errors and network failures
/// are retried with exponential backoff. Outside WhatsApp's 24-hour window the approved template is used.
/// </summary>
public sealed partial class TwilioOutboxSender(
    OutboxStore outbox,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<OutboxSenderOptions> options,
    IOptions<TwilioOptions> twilio,
    OutboxSenderHeartbeat heartbeat,
    ILogger<TwilioOutboxSender> logger) : BackgroundService
{
    const int BatchSize = 20;
    static readonly TimeSpan WhatsAppWindow = TimeSpan.FromHours(24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || string.IsNullOrWhiteSpace(settings.From) || string.IsNullOrWhiteSpace(twilio.Value.AccountSid)
            || string.IsNullOrWhiteSpace(twilio.Value.AuthToken))
        {
            LogDisabled(logger);
            heartbeat.SwitchedOff();
            return;
        }

        using var http = NewHttpClient(settings);
        var client = new TwilioRestClient(twilio.Value.AccountSid, twilio.Value.AuthToken, httpClient: new global::Twilio.Http.SystemNetHttpClient(http));

        var setAside = await outbox.SetAsideInterruptedAsync(stoppingToken);
        if (setAside > 0)
            LogSetAside(logger, setAside);

        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.NextAsync();
            heartbeat.Beat(clock.GetUtcNow());
            try
            {
                foreach (var message in outbox.Due(clock.GetUtcNow(), BatchSize))
                    await SendAsync(client, message, settings, stoppingToken);

                var wait = TimeSpan.FromSeconds(settings.PollSeconds);
                if (outbox.NextAttemptAt() is { } next)
                    wait = TimeSpan.FromTicks(Math.Clamp((next - clock.GetUtcNow()).Ticks, 0, wait.Ticks));
                if (wait > TimeSpan.Zero)
                    await Task.WhenAny(wake, Task.Delay(wait, clock, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException) // keep sending later messages
            {
                LogLoopFailed(logger, exception);
                await Task.WhenAny(wake, Task.Delay(TimeSpan.FromSeconds(settings.PollSeconds), clock, stoppingToken));
            }
        }
    }

    async Task SendAsync(ITwilioRestClient client, OutboxMessage message, OutboxSenderOptions settings, CancellationToken cancellationToken)
    {
        if (!await outbox.ClaimAsync(message.Id, cancellationToken))
            return;

        var now = clock.GetUtcNow();
        var request = new CreateMessageOptions(new PhoneNumber(message.Recipient)) { From = new PhoneNumber(settings.From) };
        if (Uri.TryCreate($"{twilio.Value.PublicBaseUrl.TrimEnd('/')}{TwilioStatusEndpoints.Path}?outbox={message.Id}", UriKind.Absolute, out var callback))
            request.StatusCallback = callback;
        var lastInbound = outbox.LastInboundAt(message.Channel, message.Recipient, now - WhatsAppWindow);
        var useTemplate = lastInbound is null || now - lastInbound.Value >= WhatsAppWindow;
        if (!useTemplate)
        {
            request.Body = message.Body;
            if (Uri.TryCreate(message.MediaUrl, UriKind.Absolute, out var media))
                request.MediaUrl = [media];
        }
        else if (settings.TemplateFor(message.Template) is { Length: > 0 } templateSid && message.TemplateVariables is not null)
        {
            request.ContentSid = templateSid;
            request.ContentVariables = message.TemplateVariables;
        }
        else
        {
            LogNoTemplate(logger, message.Id, new MaskedPhone(message.Recipient));
            await outbox.MarkFailedAsync(message.Id, "outside the WhatsApp 24-hour window and no template is configured", CancellationToken.None);
            return;
        }

        try
        {
            var sent = await MessageResource.CreateAsync(request, client);
            await outbox.MarkSentAsync(message.Id, sent.Sid, sent.Status?.ToString(), useTemplate, clock.GetUtcNow(), CancellationToken.None);
            LogSent(logger, message.Id, new MaskedPhone(message.Recipient), sent.Sid, useTemplate);
        }
        catch (Exception exception) // whatever happened, the claimed row must leave 'sending'
        {
            var attempts = message.Attempts + 1;
            var retryable = exception switch
            {
                ApiException api => api.Status is 0 or 408 or 429 or >= 500,
                TwilioException or HttpRequestException or TaskCanceledException => true,
                _ => false,
            };
            if (retryable && attempts < settings.MaxAttempts)
            {
                var backoff = TimeSpan.FromSeconds(Math.Min(3600, settings.FirstRetrySeconds * Math.Pow(2, attempts - 1)));
                await outbox.MarkRetryAsync(message.Id, clock.GetUtcNow() + backoff, Describe(exception), CancellationToken.None);
                LogRetry(logger, exception, message.Id, attempts, backoff);
            }
            else
            {
                await outbox.MarkFailedAsync(message.Id, Describe(exception), CancellationToken.None);
                LogGaveUp(logger, exception, message.Id, attempts);
            }
        }
    }

    static string Describe(Exception exception) => exception is ApiException api
        ? $"Twilio {api.Status} (code {api.Code}): {api.Message}"
        : exception.GetType().Name + ": " + exception.Message;

    static HttpClient NewHttpClient(OutboxSenderOptions settings)
    {
        HttpMessageHandler handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (Uri.TryCreate(settings.ApiBaseUrl, UriKind.Absolute, out var baseUrl))
            handler = new TwilioApiRedirect(baseUrl) { InnerHandler = handler };
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox sender is off (Savira:Outbox:Enabled, Savira:Outbox:From, Twilio:AccountSid or Twilio:AuthToken missing); messages stay pending")]
    static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} outbox messages were being sent when Savira stopped; they are marked uncertain and not sent again")]
    static partial void LogSetAside(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent outbox message {Id} to {Recipient}: Twilio SID {Sid}, template {Template}")]
    static partial void LogSent(ILogger logger, long id, MaskedPhone recipient, string sid, bool template);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} failed on attempt {Attempt}; retrying in {Backoff}")]
    static partial void LogRetry(ILogger logger, Exception exception, long id, long attempt, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} failed after {Attempts} attempts and is given up")]
    static partial void LogGaveUp(ILogger logger, Exception exception, long id, long attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} to {Recipient} is outside the 24-hour window and Savira:Outbox:TemplateContentSid is not set")]
    static partial void LogNoTemplate(ILogger logger, long id, MaskedPhone recipient);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox sender's loop failed; it tries again at the next poll")]
    static partial void LogLoopFailed(ILogger logger, Exception exception);
}
