using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Savira.Benchmarks;

/// <summary>
/// Which types a run allocates most, from the runtime's own sampling: the GC raises an AllocationTick
/// event about every 100 KB allocated, naming the type of the object that crossed the mark.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    const string RuntimeEvents = "Microsoft-Windows-DotNETRuntime";
    const EventKeywords GcKeyword = (EventKeywords)0x1;

    readonly ConcurrentDictionary<string, long> ticksByType = new(StringComparer.Ordinal);

    /// <summary>The types with the most samples, and their share of all samples.</summary>
    public IEnumerable<(string Type, double Share)> Top(int count)
    {
        var total = Math.Max(1, ticksByType.Values.Sum());
        return ticksByType.OrderByDescending(entry => entry.Value).Take(count).Select(entry => (entry.Key, (double)entry.Value / total));
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeEvents)
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
            return;
        var at = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
        var type = at >= 0 ? eventData.Payload[at] as string ?? "?" : "?";
        ticksByType.AddOrUpdate(type, 1, static (_, ticks) => ticks + 1);
    }
}
