namespace Savira.Bot.Channels.Twilio;

/// <summary>
/// What the outbox sender is doing, for the readiness check: switched off by configuration, or running with the time
/// its loop last came round (a loop that stopped coming round is a sender that no longer sends).
/// </summary>
public sealed class OutboxSenderHeartbeat
{
    long lastBeatTicks;

    /// <summary>True when configuration leaves the sender off (no Twilio credentials or sender number).</summary>
    public bool Off { get; private set; }

    public DateTimeOffset? LastBeatAt => Interlocked.Read(ref lastBeatTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public void SwitchedOff() => Off = true;

    public void Beat(DateTimeOffset now) => Interlocked.Exchange(ref lastBeatTicks, now.UtcTicks);
}
