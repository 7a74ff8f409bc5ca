using BenchmarkDotNet.Attributes;
using Dapper;
using Savira.Core.Data;
using Savira.Core.Replies;
using Savira.Core.Services.Puskesmas;

namespace Savira.Benchmarks;

/// <summary>
/// Take-a-number on a real SQLite file through the single writer: 200 citizens at once (group commit
/// batches them), and one citizen after another (a commit per number). Each invocation fills a fresh
/// day's queue, so queues stay the size they have in real life.
/// </summary>
[MemoryDiagnoser]
public class TakeANumberBenchmarks : IDisposable
{
    const int Concurrent = 200;
    const int Sequential = 50;

    CoreHost host = null!;
    PuskesmasQueues queues = null!;
    DateTimeOffset now;
    DateOnly day;
    int citizen;

    [GlobalSetup]
    public void Setup()
    {
        host = new CoreHost();
        using (var connection = host.Get<Database>().Open())
            connection.Execute("UPDATE puskesmas_clinics SET daily_quota = 100000");
        queues = host.Get<PuskesmasQueues>();
        now = new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);
        day = Wib.Today(now);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(OperationsPerInvoke = Concurrent)]
    public async Task<int> TwoHundredCitizensAtOnce()
    {
        day = day.AddDays(1);
        var results = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ =>
            queues.TakeAsync("halmahera", "umum", day, NextCitizen(), "whatsapp", now, new Savira.Core.Journal.EffectKey("bench", Guid.NewGuid().ToString("N"), 0), CancellationToken.None)));
        return results.Length;
    }

    [Benchmark(OperationsPerInvoke = Sequential)]
    public async Task<long> OneCitizenAfterAnother()
    {
        day = day.AddDays(1);
        long last = 0;
        for (var i = 0; i < Sequential; i++)
            last = (await queues.TakeAsync("kedungmundu", "umum", day, NextCitizen(), "whatsapp", now, new Savira.Core.Journal.EffectKey("bench", Guid.NewGuid().ToString("N"), 0), CancellationToken.None)).Ticket!.Number;
        return last;
    }

    string NextCitizen() => $"whatsapp:+62812{Interlocked.Increment(ref citizen):D7}";
}
