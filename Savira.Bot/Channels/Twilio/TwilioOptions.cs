namespace Savira.Bot.Channels.Twilio;

public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    public string AccountSid { get; init; } = "";
    public string AuthToken { get; init; } = "";

    /// <summary>The public URL Twilio calls (behind a reverse proxy or tunnel); signatures are computed over it.</summary>
    public string PublicBaseUrl { get; init; } = "";

    /// <summary>Switching this off is allowed only in Development.</summary>
    public bool ValidateSignature { get; init; } = true;
}
