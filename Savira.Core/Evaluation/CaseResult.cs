namespace Savira.Core.Evaluation;

/// <summary>How one case went: the reply to its last turn, the expected patterns it missed and the forbidden ones it hit.</summary>
public sealed record CaseResult(ConversationCase Case, string Reply, IReadOnlyList<CasePattern> Missed, IReadOnlyList<(CasePattern Pattern, string Match)> Hit)
{
    public bool Passed => Missed.Count == 0 && Hit.Count == 0;

    public static CaseResult Score(ConversationCase @case, string reply)
    {
        var missed = @case.Expect.Where(pattern => pattern.FirstMatch(reply) is null).ToList();
        var hit = @case.Forbid.Select(pattern => (Pattern: pattern, Match: pattern.FirstMatch(reply)))
            .Where(found => found.Match is not null).Select(found => (found.Pattern, found.Match!)).ToList();
        return new CaseResult(@case, reply, missed, hit);
    }
}
