using Savira.Core.Data;

namespace Savira.Core.Services.Puskesmas;

/// <summary>A queue number taken by a citizen for one clinic on one day.</summary>
public sealed record QueueTicket
{
    public const string Waiting = "waiting";
    public const string Called = "called";
    public const string Served = "served";
    public const string Skipped = "skipped";
    public const string Cancelled = "cancelled";

    public required long Id { get; init; }
    public required string PuskesmasCode { get; init; }
    public required string Clinic { get; init; }
    public required string ServiceDay { get; init; } // yyyy-MM-dd, WIB
    public required long Number { get; init; }
    public required string Citizen { get; init; }
    public required string Channel { get; init; }
    public required string Status { get; init; }
    public required string TakenAt { get; init; }
    public string? CalledAt { get; init; }
    public string? FinishedAt { get; init; }
    public long? Counter { get; init; } // the counter (loket) that called it
    public long Calls { get; init; } // times called: the first call and each recall

    public bool IsActive => Status is Waiting or Called;

    public DateOnly Day => StoredTime.ParseDay(ServiceDay);

    internal const string Columns =
        """
        id, puskesmas_code AS puskesmasCode, clinic, service_day AS serviceDay, number, citizen, channel, status,
        taken_at AS takenAt, called_at AS calledAt, finished_at AS finishedAt, counter, calls
        """;
}
