using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Services.Handoff;

public sealed class HandoffOptions : IValidatableObject
{
    public const string Section = "Savira:Handoff";

    /// <summary>How long the bot stays silent for a citizen waiting for an officer, unless an operator releases them sooner.</summary>
    [Range(1, 7 * 24 * 60)]
    public int TimeoutMinutes { get; init; } = 120;

    /// <summary>The days officers answer chats (WIB).</summary>
    public DayOfWeek[] OfficeDays { get; init; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public TimeOnly OfficeOpens { get; init; } = new(8, 0);
    public TimeOnly OfficeCloses { get; init; } = new(16, 0);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OfficeOpens >= OfficeCloses)
            yield return new ValidationResult("OfficeOpens must be earlier than OfficeCloses.", [nameof(OfficeOpens), nameof(OfficeCloses)]);
        if (OfficeDays.Length == 0)
            yield return new ValidationResult("Name at least one office day.", [nameof(OfficeDays)]);
    }
}
