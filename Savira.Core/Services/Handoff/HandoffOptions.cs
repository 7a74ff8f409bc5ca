using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Services.Handoff;

public sealed class HandoffOptions : IValidatableObject
{
    public const string Section = "Savira:Handoff";

    /// <summary>How long the bot stays silent for a citizen waiting for an officer, unless an operator releases them sooner.</summary>
    [Range(1, 7 * 24 * 60)]
    public int TimeoutMinutes { get; init; } = 120;

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
        if (OfficeOpens >= OfficeCloses)
            yield return new ValidationResult("OfficeOpens must be earlier than OfficeCloses.", [nameof(OfficeOpens), nameof(OfficeCloses)]);
    }
}
