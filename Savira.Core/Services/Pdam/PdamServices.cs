using Microsoft.Extensions.DependencyInjection;

namespace Savira.Core.Services.Pdam;

public static class PdamServices
{
    public static IServiceCollection AddPdam(this IServiceCollection services)
    {
        services.AddOptions<PdamOptions>().BindConfiguration(PdamOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPdamBilling, SqlitePdamBilling>();
        services.AddSingleton<SqlitePdamOutages>();
        services.AddSingleton<IPdamOutages>(provider => provider.GetRequiredService<SqlitePdamOutages>());
        services.AddSingleton<IServiceHandler, PdamHandler>();
        return services;
    }
}
