namespace Savira.Core.Services.Rsud;

/// <summary>An outpatient clinic (poliklinik) and the words citizens use for it ("anak", "obgyn").</summary>
public sealed record RsudClinic(long Id, string Name, IReadOnlyList<string> Keywords, string Location)
{
    /// <summary>The keywords as <see cref="Faq.SimpleTextNormalizer.Padded"/> writes words, ready to look for in a message.</summary>
    public IReadOnlyList<string> NormalizedKeywords { get; } =
        [.. Keywords.Select(keyword => Faq.SimpleTextNormalizer.Padded(keyword).Trim()).Where(keyword => keyword.Length > 0)];
}

/// <summary>A doctor's weekly session at a clinic; <see cref="Weekday"/> is ISO (1 = Senin … 7 = Minggu).</summary>
public sealed record DoctorSession(string DoctorName, int Weekday, TimeOnly StartsAt, TimeOnly EndsAt);

/// <summary>Inpatient beds of one class: how many there are and how many are free now.</summary>
public sealed record BedAvailability(string Class, int Total, int Available, DateTimeOffset UpdatedAt);

/// <summary>The hospital's fixed answers, by topic.</summary>
public static class RsudInformationTopics
{
    public const string VisitingHours = "visiting_hours";
    public const string Registration = "registration";
    public const string Emergency = "emergency";
}
