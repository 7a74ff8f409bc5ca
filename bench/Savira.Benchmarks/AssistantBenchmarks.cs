using BenchmarkDotNet.Attributes;
using Savira.Core;
using Savira.Core.Inbound;
using Savira.LoadBench;

namespace Savira.Benchmarks;

/// <summary>
/// The engine without HTTP: 64 citizens each send their next message at once, through de-duplication,
/// the sender's lock, the conversation, the handlers and the journal's commit on a real SQLite file. The
/// messages follow the load benchmark's mix, so its server CPU can be split into engine and HTTP.
/// </summary>
[MemoryDiagnoser]
public class AssistantBenchmarks : IDisposable
{
    const int Citizens = 64;

    CoreHost host = null!;
    Assistant assistant = null!;
    TimeProvider clock = null!;
    long turn;
    long messageNumber;

    [GlobalSetup]
    public void Setup()
    {
        host = new CoreHost();
        assistant = host.Get<Assistant>();
        clock = host.Get<TimeProvider>();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(OperationsPerInvoke = Citizens)]
    public async Task<int> SixtyFourCitizensAtOnce()
    {
        var text = MessageMix.Body(turn++);
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
