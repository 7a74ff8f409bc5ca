namespace Savira.LoadBench;

/// <summary>What one sender counted during one timed run; latencies in <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
internal sealed class SenderResult
{
    public long Requests { get; set; }
    public long Answered { get; set; }
    public long Errors { get; set; }
    public long ReplyMessages { get; set; }
    public List<long> Latencies { get; } = new(4096);
}
