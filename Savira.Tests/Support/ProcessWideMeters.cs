namespace Savira.Tests.Support;

/// <summary>
/// Tests that count what OpenTelemetry's meters saw: its listener takes every "Savira" meter in the process, so hosts
/// of other tests running at the same time would add their messages. These run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMeters
{
    public const string Name = "process-wide meters";
}
