using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Savira.Bot.Hosting;

public static class HealthEndpoints
{
    public static IServiceCollection AddSaviraHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary>GET /healthz: 200 with "Healthy" when the database answers, 503 otherwise.</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = (http, report) =>
            {
                http.Response.ContentType = "application/json";
                return http.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(entry => entry.Key, entry => new
                    {
                        status = entry.Value.Status.ToString(),
                        description = entry.Value.Description,
                    }),
                }));
            },
        });
}
