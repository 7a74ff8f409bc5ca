using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Dialogue;

public sealed class SessionOptions
{
    public const string Section = "Savira:Session";

    /// <summary>A session idle longer than this starts over: any half-finished dialogue is forgotten.</summary>
    [Range(1, 7 * 24 * 60)]
    public int IdleMinutes { get; init; } = 30;
}
