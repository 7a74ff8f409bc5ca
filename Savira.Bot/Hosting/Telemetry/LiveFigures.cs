using System.Diagnostics.Metrics;
using Savira.Core.Diagnostics;

namespace Savira.Bot.Hosting.Telemetry;

/// <summary>
/// The console dashboard's figures, listened from the same instruments /metrics exports: messages answered per minute
/// over the last hour (and how many of them Savira did not understand), and, read when asked, the host's gauges
/// (handoffs waiting and held, the longest wait, the outbox by state).
/// </summary>
public sealed class LiveFigures : IDisposable
{
    const int Minutes = 60;

    readonly MeterListener listener = new();
    readonly TimeProvider clock;
    readonly Lock gate = new();
    readonly long[] minuteOf = new long[Minutes];
    readonly long[] answered = new long[Minutes];
    readonly long[] notUnderstood = new long[Minutes];
    readonly Dictionary<string, double> gauges = new(StringComparer.Ordinal);

    public LiveFigures(TimeProvider clock, HostMeters hostMeters, IMeterFactory meters)
    {
        _ = hostMeters; // its gauges must exist before the listener looks for them
        this.clock = clock;
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            // This host's meters only (their scope is its factory), not another host's in the same process.
            if (!ReferenceEquals(instrument.Meter.Scope, meters))
                return;
            if (instrument.Meter.Name is SaviraMetrics.MeterName && instrument.Name == "savira.message.answered"
                || instrument.Meter.Name is HostMeters.MeterName)
                meterListener.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>(OnMeasurement);
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Gauge(instrument, value, tags));
        listener.Start();
    }

    public sealed record Minute(DateTimeOffset At, long Answered, long NotUnderstood);

    public sealed record Snapshot(IReadOnlyList<Minute> LastHour, IReadOnlyDictionary<string, double> Gauges);

    /// <summary>The last 60 minutes, oldest first, and the gauges as they are now.</summary>
    public Snapshot Read()
    {
        lock (gate)
            gauges.Clear();
        listener.RecordObservableInstruments();
        var now = UnixMinute(clock.GetUtcNow());
        var minutes = new List<Minute>(Minutes);
        lock (gate)
        {
            for (var minute = now - Minutes + 1; minute <= now; minute++)
            {
                var slot = (int)(minute % Minutes);
                var current = minuteOf[slot] == minute;
                minutes.Add(new Minute(DateTimeOffset.FromUnixTimeSeconds(minute * 60), current ? answered[slot] : 0, current ? notUnderstood[slot] : 0));
            }
            return new Snapshot(minutes, new Dictionary<string, double>(gauges, StringComparer.Ordinal));
        }
    }

    void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.Meter.Name is HostMeters.MeterName)
        {
            Gauge(instrument, value, tags);
            return;
        }
        var fallback = false;
        foreach (var tag in tags)
            fallback |= tag.Key == "savira.handler" && tag.Value is "fallback";
        var minute = UnixMinute(clock.GetUtcNow());
        var slot = (int)(minute % Minutes);
        lock (gate)
        {
            if (minuteOf[slot] != minute)
                (minuteOf[slot], answered[slot], notUnderstood[slot]) = (minute, 0, 0);
            answered[slot] += value;
            if (fallback)
                notUnderstood[slot] += value;
        }
    }

    /// <summary>"savira.outbox.messages|failed" → 3: the gauge's name and its state tag.</summary>
    void Gauge(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var key = instrument.Name;
        foreach (var tag in tags)
            key += "|" + tag.Value;
        lock (gate)
            gauges[key] = value;
    }

    static long UnixMinute(DateTimeOffset at) => at.ToUnixTimeSeconds() / 60;

    public void Dispose() => listener.Dispose();
}
