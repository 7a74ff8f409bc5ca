using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Savira.Core.Diagnostics;

/// <summary>
/// The engine's own measurements, on the "Savira" meter: messages in and answered (by channel, intent and handler,
/// so fallbacks, clarifications, emergencies and handoffs are counted by their handler or intent), how long a reply
/// takes until it is committed, and the writer's batches. The host exports them (OpenTelemetry, /metrics); with no
/// listener an instrument costs next to nothing.
/// </summary>
public sealed class SaviraMetrics
{
    public const string MeterName = "Savira";

    readonly Counter<long> received;
    readonly Counter<long> answered;
    readonly Histogram<double> replyDuration;
    readonly Histogram<long> batchSize;
    readonly Histogram<double> commitDuration;

    public SaviraMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        received = meter.CreateCounter<long>("savira.message.received", "{message}", "Citizens' messages taken in, copies and retries included");
        answered = meter.CreateCounter<long>("savira.message.answered", "{message}", "Citizens' messages answered and committed, by intent and handler");
        replyDuration = meter.CreateHistogram<double>("savira.reply.duration", "s", "From taking a message in to its committed reply",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        batchSize = meter.CreateHistogram<long>("savira.db.write.batch.size", "{write}", "Writes committed together in one transaction",
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });
        commitDuration = meter.CreateHistogram<double>("savira.db.commit.duration", "s", "One batch's transaction, from BEGIN to COMMIT",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });
    }

    public void Received(string channel) => received.Add(1, new KeyValuePair<string, object?>("savira.channel", channel));

    public void Answered(string channel, string? intent, string? handler, long startedAt)
    {
        var tags = new TagList
        {
            { "savira.channel", channel },
            { "savira.intent", intent ?? "none" },
            { "savira.handler", handler ?? "none" },
        };
        answered.Add(1, tags);
        replyDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, new KeyValuePair<string, object?>("savira.channel", channel));
    }

    public void Committed(int writes, long startedAt)
    {
        batchSize.Record(writes);
        commitDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds);
    }
}
