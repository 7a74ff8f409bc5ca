using System.ComponentModel.DataAnnotations;

namespace Savira.Bot.Channels.Twilio;

/// <summary>How the outbox sender hands messages to Twilio's REST API.</summary>
public sealed class OutboxSenderOptions
{
    public const string Section = "Savira:Outbox";

    /// <summary>Off: messages stay pending in the outbox (and are sent by the next run that has it on).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Our WhatsApp sender, e.g. "whatsapp:+14155238886". Without it nothing is sent.</summary>
    public string From { get; init; } = "";

    /// <summary>The approved template (Content API ContentSid, "HX…") used outside WhatsApp's 24-hour window.</summary>
    public string TemplateContentSid { get; init; } = "";

    /// <summary>
    /// The approved template for notices (an officer's reply, a handoff's end, a report's new status) outside the
    /// window: one variable, {{1}}, what the news is about. Empty: <see cref="TemplateContentSid"/> is used.
    /// </summary>
    public string NoticeTemplateContentSid { get; init; } = "";

    /// <summary>The template sid for a row's template kind (null: the reminder template), or empty when none is set.</summary>
    public string TemplateFor(string? template) =>
        template == Savira.Core.Outbox.OutboxMessage.NoticeTemplate && NoticeTemplateContentSid.Length > 0 ? NoticeTemplateContentSid : TemplateContentSid;

    /// <summary>Where the Twilio SDK's requests go instead of https://api.twilio.com; only for a local fake in tests.</summary>
    public string ApiBaseUrl { get; init; } = "";

    [Range(1, 50)]
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The wait after the first failure; it doubles after each further one, up to an hour.</summary>
    [Range(1, 3600)]
    public int FirstRetrySeconds { get; init; } = 30;

    /// <summary>How often the sender looks for due messages when nothing wakes it.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; init; } = 15;
}
