namespace Savira.Core.Outbox;

/// <summary>A message the bot sends on its own, waiting in the outbox table for the background sender.</summary>
public sealed record OutboxMessage
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Uncertain = "uncertain"; // the sender stopped between calling Twilio and recording the answer

    /// <summary>The template kind of a notice; a row without one uses the reminder template.</summary>
    public const string NoticeTemplate = "notice";

    public required long Id { get; init; }
    public required string DedupeKey { get; init; }
    public required string Channel { get; init; }
    public required string Recipient { get; init; }
    public required string Body { get; init; }
    public string? TemplateVariables { get; init; }
    public string? Template { get; init; }
    public string? MediaUrl { get; init; } // a picture sent with the free text (not with the template)
    public required string Status { get; init; }
    public required long Attempts { get; init; }
    public required string NextAttemptAt { get; init; }
    public string? ProviderSid { get; init; }
    public string? DeliveryStatus { get; init; }
    public string? LastError { get; init; }

    internal const string Columns =
        """
        id, dedupe_key AS dedupeKey, channel, recipient, body, template_variables AS templateVariables, template, media_url AS mediaUrl, status, attempts,
        next_attempt_at AS nextAttemptAt, provider_sid AS providerSid, delivery_status AS deliveryStatus, last_error AS lastError
        """;
}
