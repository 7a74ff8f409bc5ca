using Microsoft.Extensions.Options;

namespace Savira.Bot.Channels.Twilio;

/// <summary>Stops the host at startup with a message naming the key to set.</summary>
public sealed class TwilioOptionsValidation(IHostEnvironment environment) : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var failures = new List<string>();
        if (!options.ValidateSignature && !environment.IsDevelopment())
            failures.Add("Twilio:ValidateSignature may be false only when the environment is Development; remove Twilio__ValidateSignature or set it to true.");

        if (options.ValidateSignature)
        {
            if (string.IsNullOrWhiteSpace(options.AuthToken))
                failures.Add("Twilio:AuthToken is not set: set the environment variable Twilio__AuthToken to your Twilio auth token (Twilio Console → Account info).");
            if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                failures.Add("Twilio:PublicBaseUrl must be the absolute http(s) URL Twilio calls, e.g. https://savira.semarangkota.go.id: set Twilio__PublicBaseUrl.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
