using Polly;

namespace Savira.Core.Services.Pbb;

/// <summary>
/// The deadline of one remote lookup, kept in the resilience context: set when the lookup starts, read by each
/// request to take the time left. Hedged requests get a copy of the context's properties, so they see it too.
/// </summary>
static class LookupDeadline
{
    /// <summary>How much sooner than the whole lookup a request is cut, so its own timeout (counted by the breaker) fires first.</summary>
    static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

    static readonly TimeSpan Least = TimeSpan.FromMilliseconds(1); // a zero timeout would mean none at all

    static readonly ResiliencePropertyKey<long> Key = new("savira.lookup-deadline");

    public static ValueTask<TimeSpan> Start(ResilienceContext context, TimeSpan total, TimeProvider time)
    {
        context.Properties.Set(Key, time.GetTimestamp() + (long)(total.TotalSeconds * time.TimestampFrequency));
        return ValueTask.FromResult(total);
    }

    public static ValueTask<TimeSpan> TimeLeft(ResilienceContext context, TimeSpan total, TimeProvider time)
    {
        if (!context.Properties.TryGetValue(Key, out var deadline))
            return ValueTask.FromResult(total);
        var left = TimeSpan.FromSeconds((double)(deadline - time.GetTimestamp()) / time.TimestampFrequency) - Margin;
        return ValueTask.FromResult(left > Least ? left : Least);
    }

    /// <summary>A copy of a request without a body (a lookup is a GET), for a hedged request.</summary>
    public static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var (name, values) in request.Headers)
            copy.Headers.TryAddWithoutValidation(name, values);
        return copy;
    }
}
