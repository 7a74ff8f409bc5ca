using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Services.Puskesmas;

public sealed class PuskesmasOptions
{
    public const string Section = "Savira:Puskesmas";

    /// <summary>A WhatsApp reminder is sent when this many numbers or fewer are still ahead of a citizen's.</summary>
    [Range(0, 50)]
    public int ReminderPlacesAhead { get; init; } = 3;

    /// <summary>How many of the latest calls set the service pace for estimated times.</summary>
    [Range(2, 50)]
    public int PaceSampleSize { get; init; } = 6;

    /// <summary>The staff API key of each puskesmas, by puskesmas code; a puskesmas without a key has no staff API.</summary>
    public Dictionary<string, string> StaffKeys { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
