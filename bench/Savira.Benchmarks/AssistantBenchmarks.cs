using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Savira.Core;
using Savira.Core.Data;
using Savira.Core.Inbound;

namespace Savira.Benchmarks;

/// <summary>
/// The engine without HTTP: 64 citizens each send their next message at once, through de-duplication,
/// the sender's lock, the conversation, the handlers and the journal's commit on a real SQLite file. The
/// messages follow the load benchmark's mix, so its server CPU can be split into engine and HTTP.
/// </summary>
[MemoryDiagnoser]
public class AssistantBenchmarks
{
    const int Citizens = 64;

    static readonly string[] Script =
    [
        "Halo min, selamat pagi",
        "3",
        "pbb",
        "NOP saya 33.74.010.005.012-0345.0",
        "menu",
        "pbb",
        "batal",
        "jalan rusak berlubang di depan rumah saya, mohon diperbaiki",
        "kapan jadwal dokter anak di rsud?",
        "terima kasih",
    ];

    string folder = "";
    IHost host = null!;
    Assistant assistant = null!;
    TimeProvider clock = null!;
    long turn;
    long messageNumber;

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "savira-bench", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Savira:Database:Path"] = Path.Combine(folder, "savira.db") });
        builder.Logging.ClearProviders();
        builder.Services.AddSaviraCore();
        host = builder.Build();
        host.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        assistant = host.Services.GetRequiredService<Assistant>();
        clock = host.Services.GetRequiredService<TimeProvider>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        host.Services.GetRequiredService<DatabaseWriter>().DisposeAsync().AsTask().GetAwaiter().GetResult();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Citizens)]
    public async Task<int> SixtyFourCitizensAtOnce()
    {
        var text = Script[turn++ % Script.Length];
        var now = clock.GetUtcNow();
        var replies = await Task.WhenAll(Enumerable.Range(0, Citizens).Select(citizen => Task.Run(() =>
            assistant.RespondAsync(Message(citizen, text, now), CancellationToken.None))));
        return replies.Length;
    }

    IncomingMessage Message(int citizen, string text, DateTimeOffset now) => new()
    {
        Channel = "whatsapp",
        MessageId = $"SM{Interlocked.Increment(ref messageNumber):x32}",
        Sender = $"whatsapp:+62811{citizen:D7}",
        ProfileName = "Warga Semarang",
        Text = text,
        ReceivedAt = now,
    };
}
