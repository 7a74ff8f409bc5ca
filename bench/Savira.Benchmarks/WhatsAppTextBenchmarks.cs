using BenchmarkDotNet.Attributes;
using Savira.Core.Replies;

namespace Savira.Benchmarks;

[MemoryDiagnoser]
public class WhatsAppTextBenchmarks
{
    readonly string longReply = string.Join('\n', Enumerable.Range(1, 200).Select(i => $"*{i}.* Jadwal poli anak dr. Contoh, Sp.A — Senin 08.00–12.00"));

    [Benchmark]
    public IReadOnlyList<string> SplitLongReply() => WhatsAppText.Split(longReply);
}
