using Microsoft.Extensions.DependencyInjection;

namespace Savira.Core.Services.Pkb;

public static class PkbServices
{
    public static IServiceCollection AddPkb(this IServiceCollection services)
    {
        services.AddOptions<PkbOptions>().BindConfiguration(PkbOptions.Section);
        services.AddSingleton<IVehicleTaxRecords, SqliteVehicleTaxRecords>();
        services.AddSingleton<IServiceHandler, PkbHandler>();
        return services;
    }
}
