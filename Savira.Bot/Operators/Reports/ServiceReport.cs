using Dapper;
using Savira.Core.Data;
using Savira.Core.Privacy;
using Savira.Core.Replies;

namespace Savira.Bot.Operators.Reports;

/// <summary>
/// What an agency head reads per service and WIB day: messages, how each was answered, the unanswered rate, the
/// questions most often left unanswered, and how soon officers first replied to a handoff. Read from the message
/// journal (inbound_messages), unanswered_messages and the handoff tables; nothing is stored for it.
/// </summary>
public sealed class ServiceReport(Database database)
{
    public const int MaxDays = 92;

    /// <summary>How a message was answered, in the order the page shows them.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Ways =
    [
        ("lookup", "Layanan / cek data"),
        ("knowledge", "Pengetahuan"),
        ("fallback", "Tidak dipahami"),
        ("clarification", "Klarifikasi"),
        ("officer", "Ke petugas"),
        ("other", "Menu, sapaan, perintah"),
    ];

    public sealed record Day(DateOnly Date, int Messages, IReadOnlyDictionary<string, int> ByWay, int Unanswered, double? MedianFirstReplyMinutes, int Handoffs)
    {
        public double UnansweredRate => Messages == 0 ? 0 : (double)Unanswered / Messages;
    }

    public sealed record Group
    {
        public required string Key { get; init; }
        public required string Sample { get; init; }
        public required long Count { get; init; }
    }

    public sealed record Conversation(
        DateOnly Date, string Channel, string Citizen,
        int Messages, string Services,
        int Lookup, int Knowledge, int Fallback,
        int Clarification, int Officer, int Unanswered);

    public sealed record Result(IReadOnlyList<Day> Days, IReadOnlyList<Group> TopUnanswered);

    sealed record MessageRow
    {
        public required string ReceivedAt { get; init; }
        public string? Intent { get; init; }
        public string? Handler { get; init; }
        public long? AnsweredEntry { get; init; }
        public required string Sender { get; init; }
        public required string Channel { get; init; }
        public required long Id { get; init; }
        public required long Unanswered { get; init; }
    }

    public Result Read(DateOnly from, DateOnly to, string? service)
    {
        var rows = Messages(from, to, service);
        var firstReplies = FirstReplies(from, to, service);
        var days = new List<Day>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var mine = rows.Where(row => DayOf(row.ReceivedAt) == date).ToList();
            var byWay = Ways.ToDictionary(way => way.Key, way => mine.Count(row => WayOf(row) == way.Key));
            var replies = firstReplies.Where(reply => reply.Day == date).Select(reply => reply.Minutes).Order().ToList();
            days.Add(new Day(date, mine.Count, byWay, mine.Count(row => row.Unanswered > 0), Median(replies), replies.Count));
        }
        return new Result(days, TopUnanswered(from, to, service));
    }

    /// <summary>One row per conversation: a citizen's messages on one WIB day (the number masked).</summary>
    public IReadOnlyList<Conversation> Conversations(DateOnly from, DateOnly to, string? service) =>
        [.. Messages(from, to, service)
            .GroupBy(row => (Day: DayOf(row.ReceivedAt), row.Sender))
            .OrderBy(group => group.Key.Day).ThenBy(group => group.Min(row => row.Id))
            .Select(group => new Conversation(group.Key.Day, group.First().Channel, Mask.Phone(group.Key.Sender), group.Count(),
                string.Join(' ', group.Select(row => row.Intent).OfType<string>().Distinct(StringComparer.Ordinal)),
                group.Count(row => WayOf(row) == "lookup"), group.Count(row => WayOf(row) == "knowledge"), group.Count(row => WayOf(row) == "fallback"),
                group.Count(row => WayOf(row) == "clarification"), group.Count(row => WayOf(row) == "officer"), group.Count(row => row.Unanswered > 0)))];

    List<MessageRow> Messages(DateOnly from, DateOnly to, string? service)
    {
        using var connection = database.Open();
        return [.. connection.Query<MessageRow>(
            """
            SELECT m.received_at AS ReceivedAt, m.intent AS Intent, m.handler AS Handler, m.answered_entry AS AnsweredEntry,
                   m.sender AS Sender, m.channel AS Channel, m.id AS Id,
                   (SELECT COUNT(*) FROM unanswered_messages u WHERE u.inbound_id = m.id) AS Unanswered
            FROM inbound_messages m
            WHERE m.received_at >= @start AND m.received_at < @end AND (@service IS NULL OR m.intent = @service)
            """, new { start = Start(from), end = Start(to.AddDays(1)), service })];
    }

    List<(DateOnly Day, double Minutes)> FirstReplies(DateOnly from, DateOnly to, string? service)
    {
        using var connection = database.Open();
        return [.. connection.Query<(string RequestedAt, string FirstReply)>(
            """
            SELECT h.requested_at, MIN(m.at)
            FROM handoffs h JOIN handoff_messages m ON m.handoff_id = h.id AND m.author = 'officer'
            WHERE h.requested_at >= @start AND h.requested_at < @end AND (@service IS NULL OR h.service = @service)
            GROUP BY h.id
            """, new { start = Start(from), end = Start(to.AddDays(1)), service })
            .Select(row => (DayOf(row.RequestedAt), (StoredTime.Parse(row.FirstReply) - StoredTime.Parse(row.RequestedAt)).TotalMinutes))];
    }

    List<Group> TopUnanswered(DateOnly from, DateOnly to, string? service)
    {
        using var connection = database.Open();
        return [.. connection.Query<Group>(
            """
            SELECT u.group_key AS Key, MAX(u.body) AS Sample, COUNT(*) AS Count
            FROM unanswered_messages u JOIN inbound_messages m ON m.id = u.inbound_id
            WHERE u.received_at >= @start AND u.received_at < @end AND (@service IS NULL OR m.intent = @service OR u.best_intent = @service)
              AND u.group_key IS NOT NULL
            GROUP BY u.group_key ORDER BY COUNT(*) DESC, MAX(u.received_at) DESC LIMIT 10
            """, new { start = Start(from), end = Start(to.AddDays(1)), service })];
    }

    static string WayOf(MessageRow row) => row.Handler switch
    {
        "fallback" => "fallback",
        "clarification" => "clarification",
        "handoff:officer" => "officer", // written to the officer holding the conversation
        _ when row.AnsweredEntry is not null => "knowledge",
        null => "other",
        var handler when handler.StartsWith("command:", StringComparison.Ordinal) || handler.StartsWith("handoff:", StringComparison.Ordinal)
            || handler is "GreetingHandler" or "ThanksHandler" or "OutOfScopeHandler" or "MenuHandler" => "other",
        "HandoffHandler" => "officer",
        _ => "lookup",
    };

    static DateOnly DayOf(string stored) => Wib.Today(StoredTime.Parse(stored));

    static string Start(DateOnly day) => StoredTime.Format(Wib.At(day, TimeOnly.MinValue));

    static double? Median(List<double> sorted) =>
        sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
