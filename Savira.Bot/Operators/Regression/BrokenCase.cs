namespace Savira.Bot.Operators.Regression;

/// <summary>A stored case that passes on the published knowledge and would fail with the draft: where it is and what the reply would be.</summary>
public sealed record BrokenCase(string Suite, string CaseId, string LastTurn, string Reply, IReadOnlyList<string> Problems)
{
    /// <summary>"suite/case", as the audit row and the API name it.</summary>
    public string Key => $"{Suite}/{CaseId}";
}
