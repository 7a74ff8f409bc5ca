namespace Savira.Core.Services.Rsud;

/// <summary>The hospital's clinics, schedules, beds and fixed information; a hospital system can stand behind it.</summary>
public interface IRsudDirectory
{
    IReadOnlyList<RsudClinic> Clinics();

    IReadOnlyList<DoctorSession> Schedule(long clinicId);

    IReadOnlyList<BedAvailability> Beds();

    string? Information(string topic);
}
