using Savira.Core.Inbound;

namespace Savira.Core.Services.Handoff;

/// <summary>
/// Requests for a human officer and what is said in them. A request waits (the bot keeps answering) until an
/// officer claims it; while held, the citizen's messages go to the officer; the officer or the citizen ends it.
/// </summary>
public interface IHandoffDesk
{
    /// <summary>Records the citizen's request for an officer of <paramref name="service"/>; once per <paramref name="effect"/>.</summary>
    Task<HandoffRequest> OpenAsync(IncomingMessage message, string service, Journal.EffectKey effect, CancellationToken cancellationToken);

    /// <summary>
    /// The sender's waiting or held handoff — other than one opened by <paramref name="messageId"/> itself, whose
    /// retry must find the way it took the first time. Asked for every message.
    /// </summary>
    ActiveHandoff? Active(string sender, string messageId);

    /// <summary>Waiting and held handoffs, oldest first.</summary>
    IReadOnlyList<HandoffRequest> Open();

    HandoffRequest? Find(long id);

    /// <summary>The handoff's own transcript (citizen, bot, officers, events), its last <paramref name="lines"/>, oldest first.</summary>
    IReadOnlyList<HandoffLine> Lines(long id, int lines);

    /// <summary>The citizen's last messages in and out before the request, oldest first: what led to it.</summary>
    IReadOnlyList<TranscriptLine> Transcript(long id, int lines);

    /// <summary>The officer takes the conversation; claiming one's own again is no change.</summary>
    Task<DeskResult> ClaimAsync(long id, string officer, CancellationToken cancellationToken);

    /// <summary>
    /// The officer's message to the citizen, pushed through the outbox; a waiting handoff is claimed by it. Outside
    /// WhatsApp's 24-hour window only <paramref name="useTemplate"/> (the approved template) is allowed. A repeated <paramref name="idempotencyKey"/>
    /// returns the first line and sends nothing.
    /// </summary>
    Task<DeskResult> ReplyAsync(long id, string officer, string? text, bool useTemplate, string? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Hands the request to another service and/or officer with a note; it waits for a claim again.</summary>
    Task<DeskResult> TransferAsync(long id, string officer, string? service, string? toOfficer, string? note, CancellationToken cancellationToken);

    /// <summary>Returns the conversation to the bot; the citizen is told at once what happened.</summary>
    Task<DeskResult> ReleaseAsync(long id, string officer, CancellationToken cancellationToken);
}
