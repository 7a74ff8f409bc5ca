namespace Savira.Bot.Channels.Twilio;

public static class TwilioOutboxSenderRegistration
{
    public static IServiceCollection AddTwilioOutboxSender(this IServiceCollection services)
    {
        services.AddOptions<OutboxSenderOptions>().BindConfiguration(OutboxSenderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSenderHeartbeat>();
        services.AddHostedService<TwilioOutboxSender>();
        services.AddHostedService<TwilioMediaFetcher>();
        return services;
    }
}
