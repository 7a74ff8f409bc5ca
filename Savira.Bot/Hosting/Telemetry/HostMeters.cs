using System.Diagnostics.Metrics;
using Dapper;
using Savira.Core.Data;
using Savira.Core.Dialogue;
using Savira.Core.Memory;
using Savira.Core.Understanding.Training;
using Savira.Core.Replies;

namespace Savira.Bot.Hosting.Telemetry;

/// <summary>
/// What the host holds rather than what it does, read from the database when a scraper asks (about every 15 s):
/// handoffs waiting and the longest wait, the outbox by state, today's queue numbers by state, the WAL's size.
/// </summary>
public sealed class HostMeters : IDisposable
{
    public const string MeterName = "Savira.Host";

    readonly Meter meter;
    readonly Database database;
    readonly TimeProvider clock;

    readonly SessionStore sessions;
    readonly IntentModelTraining training;

    public HostMeters(IMeterFactory meters, Database database, TimeProvider clock, SessionStore sessions, IntentModelTraining training)
    {
        this.database = database;
        this.clock = clock;
        this.sessions = sessions;
        this.training = training;
        meter = meters.Create(MeterName);
        meter.CreateObservableGauge("savira.handoff.waiting", HandoffsWaiting, "{conversation}", "Citizens waiting for an officer, and conversations an officer holds");
        meter.CreateObservableGauge("savira.handoff.wait.longest", LongestWait, "s", "How long the citizen waiting longest for an officer has waited");
        meter.CreateObservableGauge("savira.outbox.messages", OutboxByState, "{message}", "Pushed messages by state: pending, sending, sent, failed, uncertain");
        meter.CreateObservableGauge("savira.queue.tickets", TicketsToday, "{ticket}", "Today's puskesmas queue numbers by state: waiting, called, served, skipped, cancelled");
        meter.CreateObservableGauge("savira.db.wal.size", WalSize, "By", "Size of the SQLite write-ahead log");
        meter.CreateObservableGauge("savira.cache.size", () => Caches(use => use.Bytes), "By", "Estimated bytes held by each bounded cache");
        meter.CreateObservableGauge("savira.cache.entries", () => Caches(use => use.Entries), "{entry}", "Entries held by each bounded cache");
    }

    static readonly string[] HandoffStates = ["waiting", "held"];
    static readonly string[] OutboxStates = ["pending", "sending", "sent", "failed", "uncertain"];
    static readonly string[] TicketStates = ["waiting", "called", "served", "skipped", "cancelled"];

    IEnumerable<Measurement<long>> HandoffsWaiting() =>
        ByState("SELECT state, COUNT(*) FROM handoffs WHERE state IN ('waiting', 'held') GROUP BY state", null, HandoffStates, "savira.handoff.state");

    IEnumerable<Measurement<double>> LongestWait()
    {
        using var connection = database.Open();
        var oldest = connection.ExecuteScalar<string?>("SELECT MIN(requested_at) FROM handoffs WHERE state = 'waiting'");
        return [new Measurement<double>(oldest is null ? 0 : Math.Max(0, (clock.GetUtcNow() - StoredTime.Parse(oldest)).TotalSeconds))];
    }

    IEnumerable<Measurement<long>> OutboxByState() =>
        ByState("SELECT status, COUNT(*) FROM outbox GROUP BY status", null, OutboxStates, "savira.outbox.state");

    IEnumerable<Measurement<long>> TicketsToday() =>
        ByState("SELECT status, COUNT(*) FROM queue_tickets WHERE service_day = @day GROUP BY status",
            new { day = StoredTime.Day(Wib.Today(clock.GetUtcNow())) }, TicketStates, "savira.queue.state");

    /// <summary>One measurement per known state, 0 for a state with no rows, so a dashboard's line never vanishes.</summary>
    List<Measurement<long>> ByState(string sql, object? parameters, string[] states, string tag)
    {
        using var connection = database.Open();
        var counts = connection.Query<(string State, long Count)>(sql, parameters).ToDictionary(row => row.State, row => row.Count);
        return [.. states.Select(state => new Measurement<long>(counts.GetValueOrDefault(state), new KeyValuePair<string, object?>(tag, state)))];
    }

    /// <summary>Remembered sessions, and the live model's normalised words and stems.</summary>
    IEnumerable<Measurement<long>> Caches(Func<CacheUse, long> figure)
    {
        var model = training.Current;
        return
        [
            new(figure(sessions.RememberedUse), new KeyValuePair<string, object?>("savira.cache", "sessions")),
            new(figure(model.CachedWords), new KeyValuePair<string, object?>("savira.cache", "words")),
            new(figure(model.CachedStems), new KeyValuePair<string, object?>("savira.cache", "stems")),
        ];
    }

    Measurement<long> WalSize() => new(new FileInfo(database.FilePath + "-wal") is { Exists: true } wal ? wal.Length : 0);

    public void Dispose() => meter.Dispose();
}
