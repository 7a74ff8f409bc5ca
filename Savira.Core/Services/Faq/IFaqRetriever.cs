namespace Savira.Core.Services.Faq;

/// <summary>Finds the knowledge-base entry that answers a citizen's question.</summary>
public interface IFaqRetriever
{
    /// <summary>
    /// Entries answering now (published, active, within their start and end) of <paramref name="intent"/> (of every intent when null) ranked by closeness to
    /// <paramref name="question"/>, best first; only those close enough.
    /// </summary>
    IReadOnlyList<FaqMatch> Search(string question, string? intent) => Search(question, null, intent);

    /// <summary>
    /// As <see cref="Search(string, string?)"/>, for a follow-up: <paramref name="context"/> (the words the topic
    /// was opened with) counts too, less than the question itself, so "biayanya berapa?" after a lost KTP finds
    /// the cost of replacing a KTP.
    /// </summary>
    IReadOnlyList<FaqMatch> Search(string question, string? context, string? intent);

    /// <summary>Every entry of <paramref name="intent"/> answering now, in the order operators entered them.</summary>
    IReadOnlyList<FaqEntry> Topics(string intent);
}

public sealed record FaqMatch(FaqEntry Entry, double Score);
