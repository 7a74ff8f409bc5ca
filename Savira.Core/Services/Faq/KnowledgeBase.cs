using Savira.Core.Understanding;

namespace Savira.Core.Services.Faq;

/// <summary>
/// The one knowledge store every service answers its questions from (faq_entries, edited by operators):
/// the entry of a service that best answers a message, read in the context of the topic it follows up on.
/// </summary>
public sealed class KnowledgeBase(IFaqRetriever retriever)
{
    /// <summary>
    /// How close an entry must be to a message that only names its service ("pbb", "cek pajak motor"): such a
    /// message is better answered with what the service does, unless one entry is plainly about it.
    /// </summary>
    const double BareMentionScore = 0.6;

    /// <summary>The best entry of <paramref name="intent"/> for the turn's message, or null when none is close enough.</summary>
    public FaqMatch? Find(Turn turn, Intent intent)
    {
        var best = First(retriever.Search(turn.Message.Text, turn.FollowUpOf?.Intent == intent ? turn.FollowUpOf.Text : null, intent.ToId()));
        return best is not null && turn.FollowUpOf is null && turn.Understanding.IsBareMention() && best.Score < BareMentionScore ? null : best;
    }

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
