using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Savira.Bot.Hosting;

public static class HealthEndpoints
{
    public static IServiceCollection AddSaviraHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<MatcherHealthCheck>("matcher")
            .AddCheck<OutboxSenderHealthCheck>("outbox");
        return services;
    }

    /// <summary>
    /// GET /healthz/live: 200 while the process answers (for a restart policy). GET /healthz/ready (and /healthz): the
    /// database with every migration, the trained matcher and the outbox sender; 200 when healthy or degraded, 503
    /// otherwise (for systemd, a load balancer or a deploy script). No personal data and no settings are in the answer.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { ResponseWriter = WriteAsync });
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteAsync });
        return app;
    }

    static Task WriteAsync(HttpContext http, HealthReport report)
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
    }
}
