using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Services.Handoff;

public sealed class HandoffOptions : IValidatableObject
{
    public const string Section = "Savira:Handoff";

    /// <summary>
    /// How soon an officer should claim a request made in office hours (for one made outside them: after the next
    /// opening). After that the citizen's next message tells them when someone will answer. The bot never goes silent
    /// while a request waits.
    /// </summary>
    [Range(1, 7 * 24 * 60)]
    public int ClaimWithinMinutes { get; init; } = 15;

    /// <summary>Gone: the bot no longer falls silent for a fixed time. Still set, it stops the host at startup.</summary>
    public int? TimeoutMinutes { get; init; }

    /// <summary>
    /// The days officers answer chats (WIB), comma-separated English day names: "Monday,Tuesday,…".
    /// One string rather than an array, because configuration layers merge arrays item by item.
    /// </summary>
    public string OfficeDays { get; init; } = "Monday,Tuesday,Wednesday,Thursday,Friday";

    public IReadOnlyList<DayOfWeek> Days =>
        OfficeDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(day => Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var parsed) ? parsed : (DayOfWeek?)null)
            .OfType<DayOfWeek>()
            .Distinct()
            .ToList();

    public TimeOnly OfficeOpens { get; init; } = new(8, 0);
    public TimeOnly OfficeCloses { get; init; } = new(16, 0);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var names = OfficeDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0 || names.Any(name => !Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out _) || int.TryParse(name, out _)))
            yield return new ValidationResult("OfficeDays must list English day names separated by commas, e.g. \"Monday,Tuesday\".", [nameof(OfficeDays)]);
        if (TimeoutMinutes is not null)
            yield return new ValidationResult(
                "Savira:Handoff:TimeoutMinutes is gone: the bot no longer goes silent for a citizen waiting for an officer. Remove it; Savira:Handoff:ClaimWithinMinutes says how soon an officer should claim a request.",
                [nameof(TimeoutMinutes)]);
        if (OfficeOpens >= OfficeCloses)
            yield return new ValidationResult("OfficeOpens must be earlier than OfficeCloses.", [nameof(OfficeOpens), nameof(OfficeCloses)]);
    }
}
