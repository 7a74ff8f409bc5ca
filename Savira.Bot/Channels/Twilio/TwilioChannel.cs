using Microsoft.Extensions.Options;

namespace Savira.Bot.Channels.Twilio;

public static class TwilioChannel
{
    public static IServiceCollection AddTwilioChannel(this IServiceCollection services)
    {
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidation>();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
