using System.Text.RegularExpressions;
using Savira.Core.Understanding;

namespace Savira.Core.Dialogue;

/// <summary>
/// Tells whether a message follows up on the last topic ("biayanya brp?", "kalo perawat gimana?", "buka hari
/// sabtu?") or opens a new one. A short message is a follow-up when none of its words or identifiers belongs to
/// another service; or when it reads as a follow-up ("kalau …", "trus …", "…nya") and the last topic's words
/// together with it still point to that topic. Small talk said surely is never a follow-up.
/// </summary>
public static partial class FollowUp
{
    public static Topic? Of(Topic? last, string text, MessageUnderstanding understanding, IIntentMatcher matcher, ConversationOptions settings)
    {
        if (last is null)
            return null;
        if (understanding.Intent is Intent.Greeting or Intent.Thanks or Intent.Menu or Intent.Handoff
            && understanding.Outcome == MatchOutcome.Confident && understanding.Confidence >= settings.TopicSwitchConfidence)
            return null;
        var words = Words().Count(text);
        if (words > settings.FollowUpMaxWords)
            return null;
        // A question of some length that the matcher places surely in another service stands on its own.
        var elsewhere = understanding.Outcome == MatchOutcome.Confident && understanding.Intent != last.Intent && understanding.Intent.IsService()
            && understanding.Confidence >= settings.TopicSwitchConfidence && words >= SelfContainedWords;
        if (understanding.Domains.All(domain => domain == last.Intent) && !elsewhere)
            return last;
        // "kalo perawat gimana?" after SIP bidan: another service's word, but the message leans on the last one —
        // unless it names that other service surely in its own words ("mau bayar pajak motor tp lupa platnya").
        var namesAnother = understanding.Outcome == MatchOutcome.Confident && understanding.Intent != last.Intent && understanding.Intent.IsService()
            && understanding.Confidence >= settings.TopicSwitchConfidence && understanding.Mentions(understanding.Intent);
        if (!namesAnother && Marker().IsMatch(text) && matcher.Match(last.Text + " " + text).Intent == last.Intent)
            return last;
        return null;
    }

    /// <summary>From this many words on, a message the matcher is sure of is not read as leaning on the last one.</summary>
    const int SelfContainedWords = 6;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    /// <summary>Words that lean on what was said before: "kalau/kalo …", "trus …", "itu …", "…nya".</summary>
    [GeneratedRegex(@"^\s*(kalau|kalo|klo|kl|trus|terus|trs|lalu|lha|nah|oh|itu|yg|yang|kok|terus kalau|bagaimana kalau|gimana kalau)\b|\b\p{L}{3,}nya\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
