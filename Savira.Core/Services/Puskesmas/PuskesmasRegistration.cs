using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Savira.Core.Outbox;

namespace Savira.Core.Services.Puskesmas;

public static class PuskesmasRegistration
{
    /// <summary>The puskesmas queue: directory, queue store, citizen handler and the outbox its reminders go through.</summary>
    public static IServiceCollection AddPuskesmasQueue(this IServiceCollection services)
    {
        services.AddOptions<PuskesmasOptions>().BindConfiguration(PuskesmasOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<PuskesmasDirectory>();
        services.AddSingleton<PuskesmasQueues>();
        services.AddSingleton<IServiceHandler, PuskesmasHandler>();
        return services;
    }
}
