using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Savira.Core.Diagnostics;

namespace Savira.Bot.Hosting.Telemetry;

public static class TelemetrySetup
{
    /// <summary>
    /// OpenTelemetry meters: the engine's (<see cref="SaviraMetrics"/>), the host's (<see cref="HostMeters"/>), ASP.NET
    /// Core's and Kestrel's, read by the Prometheus scraping endpoint and, when configured, pushed over OTLP. Exporters
    /// run off the request path: an unreachable collector never slows a reply.
    /// </summary>
    public static IServiceCollection AddSaviraTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;
        if (options.OtlpEndpoint.Length > 0 && otlp is null)
            throw new InvalidOperationException($"{TelemetryOptions.Section}:OtlpEndpoint must be an absolute URL such as http://127.0.0.1:4317, or empty.");

        services.AddSingleton<HostMeters>();
        services.AddSingleton<LiveFigures>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("savira"))
            .WithMetrics(metrics =>
            {
                // System.Net.Http: calls to the city's systems (the remote PBB records, Twilio) with their duration and
                // error type; Polly: the resilience pipeline's events (timeouts, hedges, the breaker opening and closing).
                metrics.AddMeter(SaviraMetrics.MeterName, HostMeters.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
                        "System.Net.Http", "Polly")
                    .AddPrometheusExporter();
                if (otlp is not null)
                    metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
            });
        if (otlp is not null && options.Traces)
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddOtlpExporter(exporter => exporter.Endpoint = otlp));
        return services;
    }

    /// <summary>GET /metrics in Prometheus' text format, for admins and auditors with an API token (Authorization: Bearer).</summary>
    public static IEndpointConventionBuilder MapMetrics(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<LiveFigures>(); // listening from the start: the dashboard's hour begins now
        return app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Operators.Access.StaffAccess.Policy);
    }

    public const string MetricsPath = "/metrics";
}
