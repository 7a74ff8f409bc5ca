namespace Savira.Bot.Hosting.Telemetry;

/// <summary>Savira:Telemetry — metrics are always kept for /metrics; OTLP export (metrics and traces) only when an endpoint is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Savira:Telemetry";

    /// <summary>An OTLP collector, e.g. http://127.0.0.1:4317; empty (the default) sends nothing anywhere.</summary>
    public string OtlpEndpoint { get; init; } = "";

    /// <summary>Also export traces of requests over OTLP (needs <see cref="OtlpEndpoint"/>).</summary>
    public bool Traces { get; init; }
}
