namespace Savira.Core.Inbound;

/// <summary>A citizen's message as the conversation engine sees it: no channel details beyond its names.</summary>
public sealed record IncomingMessage
{
    /// <summary>Which channel carried it ("whatsapp", "terminal", "webchat"); message ids are unique per channel.</summary>
    public required string Channel { get; init; }

    /// <summary>The channel's id for this message (Twilio's MessageSid); retries repeat it.</summary>
    public required string MessageId { get; init; }

    /// <summary>The sender's address on the channel, e.g. "whatsapp:+6281234567890".</summary>
    public required string Sender { get; init; }

    /// <summary>What the citizen wrote, as <see cref="CitizenText"/> keeps it: what is understood is what is stored.</summary>
    public required string Text { get; init => field = CitizenText.Clean(value); }

    public required DateTimeOffset ReceivedAt { get; init; }
    public string? ProfileName { get; init => field = CitizenText.CleanOrNull(value); }
    public IReadOnlyList<MediaAttachment> Media { get; init; } = [];
    public SharedLocation? Location { get; init; }

    /// <summary>The payload of a tapped quick-reply button, when the message is one.</summary>
    public string? ButtonPayload { get; init => field = CitizenText.CleanOrNull(value); }

    /// <summary>A text typed on a channel that has no message ids of its own (terminal, web chat): each gets a new one.</summary>
    public static IncomingMessage Typed(string channel, string sender, string text, DateTimeOffset receivedAt) => new()
    {
        Channel = channel,
        MessageId = Guid.NewGuid().ToString("N"),
        Sender = sender,
        Text = text,
        ReceivedAt = receivedAt,
    };
}
