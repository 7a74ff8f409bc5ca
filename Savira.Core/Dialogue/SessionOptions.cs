using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Dialogue;

public sealed class SessionOptions
{
    public const string Section = "Savira:Session";

    /// <summary>A session idle longer than this starts over: any half-finished dialogue is forgotten.</summary>
    [Range(1, 7 * 24 * 60)]
    public int IdleMinutes { get; init; } = 30;

    /// <summary>Senders whose last session is kept in memory, at most; the others are read from the database.</summary>
    [Range(2, 10_000_000)]
    public int RememberedSenders { get; init; } = 100_000;

    /// <summary>Memory for those sessions, at most (estimated; a session holds the citizen's last words).</summary>
    [Range(1, 64 * 1024)]
    public int RememberedMegabytes { get; init; } = 64;
}
