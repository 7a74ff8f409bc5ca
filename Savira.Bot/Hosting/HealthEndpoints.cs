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
    /// While the host is still starting (the web server listens while the matcher trains) ready is 503 "Starting"
    /// without running the checks: a probe during a normal start is not a failure to log.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapMethods("/healthz/ready", [HttpMethods.Get, HttpMethods.Head], ReadyAsync).ExcludeFromDescription();
        app.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], ReadyAsync).ExcludeFromDescription();
        return app;
    }

    static async Task ReadyAsync(HttpContext http, HealthCheckService health, IHostApplicationLifetime lifetime)
    {
        http.Response.Headers.CacheControl = "no-store, no-cache";
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(StartingAnswer, http.RequestAborted);
            return;
        }
        var report = await health.CheckHealthAsync(http.RequestAborted);
        http.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        await WriteAsync(http, report);
    }

    const string StartingAnswer = "{\"status\":\"Starting\",\"checks\":{}}";

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
