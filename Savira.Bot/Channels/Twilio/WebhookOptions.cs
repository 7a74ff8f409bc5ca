using System.ComponentModel.DataAnnotations;

namespace Savira.Bot.Channels.Twilio;

public sealed class WebhookOptions
{
    public const string Section = "Savira:Webhook";

    /// <summary>Larger request bodies are refused with 413 before they are read.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; init; } = 32 * 1024;

    /// <summary>Media types a citizen may send; WhatsApp's own kinds by default.</summary>
    public IReadOnlyList<string> MediaTypes { get; init; } =
    [
        "image/jpeg", "image/png", "image/webp",
        "audio/ogg", "audio/mpeg", "audio/amr", "audio/mp4", "audio/aac",
        "video/mp4", "video/3gpp",
        "application/pdf", "text/vcard", "text/x-vcard",
        "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ];
}
