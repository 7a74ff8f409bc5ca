using Dapper;
using Savira.Core.Data;

namespace Savira.Core.Understanding.Training;

/// <summary>Messages the assistant could not serve (written with the message's journal entry), for operators to review.</summary>
public sealed class UnansweredMessages(Database database)
{
    public IReadOnlyList<UnansweredMessage> Open(int limit)
    {
        using var connection = database.Open();
        return connection.Query<UnansweredMessage>(
            """
            SELECT id, body, reason, best_intent AS bestIntent, confidence, received_at AS receivedAt
            FROM unanswered_messages
            WHERE resolved_at IS NULL
            ORDER BY received_at DESC, id DESC
            LIMIT @limit
            """,
            new { limit }).ToList();
    }
}

public sealed record UnansweredMessage
{
    public required long Id { get; init; }
    public required string Body { get; init; }
    public required string Reason { get; init; }
    public string? BestIntent { get; init; }
    public double? Confidence { get; init; }
    public required string ReceivedAt { get; init; }
}
