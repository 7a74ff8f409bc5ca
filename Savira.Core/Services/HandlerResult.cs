using Savira.Core.Dialogue;

namespace Savira.Core.Services;

/// <summary>A handler's answer, and the dialogue it now waits in (null when it asks nothing more).</summary>
public sealed record HandlerResult(IReadOnlyList<string> Messages, DialogueState? NextDialogue = null)
{
    /// <summary>The knowledge entry that answered, when one did: the topic a follow-up is read in.</summary>
    public long? AnsweredEntry { get; init; }

    public static HandlerResult Say(params string[] messages) => new(messages);

    public static HandlerResult Ask(DialogueState next, params string[] messages) => new(messages, next);

    /// <summary>
    /// The one way a dialogue treats an answer it cannot use: the first time it asks again with a hint, the second
    /// time it stops with a way out, so no citizen is stuck in a question.
    /// </summary>
    public static HandlerResult AskAgainOnce(DialogueState dialogue, string hint, string giveUp) =>
        dialogue.InvalidAnswers == 0 ? Ask(dialogue with { InvalidAnswers = 1 }, hint) : Say(giveUp);
}
