using Savira.Core.Inbound;

namespace Savira.Core.Services.Handoff;

/// <summary>Requests for a human officer, and whether the bot must stay silent for a citizen.</summary>
public interface IHandoffDesk
{
    /// <summary>Records the citizen's request for an officer; once per <paramref name="effect"/>.</summary>
    Task<HandoffRequest> OpenAsync(IncomingMessage message, Journal.EffectKey effect, CancellationToken cancellationToken);

    /// <summary>
    /// True while the sender has a request that is neither released nor expired — other than one opened by
    /// <paramref name="messageId"/> itself, whose retry must find the way it took the first time.
    /// </summary>
    bool IsSilenced(string sender, string messageId, DateTimeOffset now);

    IReadOnlyList<HandoffRequest> Open(DateTimeOffset now);

    HandoffRequest? Find(long id);

    /// <summary>The sender's last messages in and out, oldest first.</summary>
    IReadOnlyList<TranscriptLine> Transcript(string sender, int lines);

    /// <summary>Ends the silence; the citizen is told on their next message.</summary>
    Task<ReleaseOutcome> ReleaseAsync(long id, string releasedBy, CancellationToken cancellationToken);
}
