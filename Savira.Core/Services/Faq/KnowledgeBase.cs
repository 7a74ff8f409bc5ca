using Savira.Core.Understanding;

namespace Savira.Core.Services.Faq;

/// <summary>
/// The one knowledge store every service answers its questions from (faq_entries, edited by operators):
/// the entry of a service that best answers a message, read in the context of the topic it follows up on.
/// </summary>
public sealed partial class KnowledgeBase(IFaqRetriever retriever)
{
    /// <summary>
    /// The best entry of <paramref name="intent"/> for the turn's message, or null when none is close enough. A
    /// message that only names its service ("pbb", "cek pajak motor") asks no question: the handler offers what it does.
    /// </summary>
    public FaqMatch? Find(Turn turn, Intent intent)
    {
        if (turn.FollowUpOf is null && turn.Understanding.IsBareMention())
            return null;
        return First(retriever.Search(turn.Message.Text, turn.FollowUpOf?.Intent == intent ? turn.FollowUpOf.Text : null, intent.ToId()));
    }

    /// <summary>How close an entry must be to a message sent while a question waits, unless the message is itself a question.</summary>
    const double SureDuringDialogue = 0.5;

    /// <summary>
    /// For a message sent while the handler waits for an answer: the entry it asks about ("nop itu dimana
    /// liatnya?"), but only for a question or a plain match, since most such messages are attempts at the answer.
    /// </summary>
    public FaqMatch? FindInstead(Turn turn, Intent intent) =>
        Find(turn, intent) is { } match
        && (match.Score >= SureDuringDialogue || Dialogue.MessageRequests.IsQuestion(turn.Message.Text) || NotKnowing().IsMatch(turn.Message.Text))
            ? match : null;

    /// <summary>"gak tau nopnya", "lupa platnya", "rekeningnya hilang": the citizen cannot give what was asked.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(lupa|tidak\s+tahu|tidak\s+tau|gak\s+tau|ga\s+tau|gk\s+tau|nggak\s+tau|ndak\s+tau|gatau|gatahu|ora\s+ngerti|mboten\s+ngertos|hilang|ilang|ga\s+punya|gak\s+punya|tidak\s+punya)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NotKnowing();

    /// <summary>The best entry of <paramref name="intent"/> for a text the handler chose (a menu topic, a clause).</summary>
    public FaqMatch? Find(string text, Intent intent) => First(retriever.Search(text, intent.ToId()));

    /// <summary>The best entry of any service: for a message the classifier could not place.</summary>
    public FaqMatch? FindAnywhere(string text) => First(retriever.Search(text, null));

    public IReadOnlyList<FaqEntry> Topics(Intent intent) => retriever.Topics(intent.ToId());

    /// <summary>The entry's answer, then the handler's closing line.</summary>
    public static HandlerResult Answer(FaqEntry entry, string footer) =>
        HandlerResult.Say(entry.Answer.TrimEnd() + "\n\n" + footer) with { AnsweredEntry = entry.Id };

    static FaqMatch? First(IReadOnlyList<FaqMatch> matches) => matches.Count > 0 ? matches[0] : null;
}
