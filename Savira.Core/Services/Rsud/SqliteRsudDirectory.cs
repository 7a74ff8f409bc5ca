using System.Globalization;
using Dapper;
using Savira.Core.Data;
using Savira.Core.Memory;

namespace Savira.Core.Services.Rsud;

/// <summary>
/// The hospital's tables in SQLite. Clinics and doctors' schedules change with a migration or the hospital's own
/// edit, not from one message to the next, so they are read at most once per <see cref="FreshFor"/>; beds and
/// information are read each time.
/// </summary>
public sealed class SqliteRsudDirectory : IRsudDirectory
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(30);

    readonly Database database;
    readonly FreshSnapshot<IReadOnlyList<RsudClinic>> clinics;
    readonly FreshSnapshot<ILookup<long, DoctorSession>> schedules;

    public SqliteRsudDirectory(Database database, TimeProvider clock)
    {
        this.database = database;
        clinics = new FreshSnapshot<IReadOnlyList<RsudClinic>>(clock, FreshFor, ReadClinics);
        schedules = new FreshSnapshot<ILookup<long, DoctorSession>>(clock, FreshFor, ReadSchedules);
    }

    public IReadOnlyList<RsudClinic> Clinics() => clinics.Value;

    public IReadOnlyList<DoctorSession> Schedule(long clinicId) => [.. schedules.Value[clinicId]];

    /// <summary>Forgets the cached clinics and schedules: the next message reads them again.</summary>
    public void Invalidate()
    {
        clinics.Invalidate();
        schedules.Invalidate();
    }

    List<RsudClinic> ReadClinics()
    {
        using var connection = database.Open();
        return connection.Query<ClinicRow>("SELECT id, name, keywords, location FROM rsud_clinics ORDER BY id")
            .Select(row => new RsudClinic(row.Id, row.Name,
                row.Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), row.Location))
            .ToList();
    }

    ILookup<long, DoctorSession> ReadSchedules()
    {
        using var connection = database.Open();
        return connection.Query<SessionRow>(
            """
            SELECT d.clinic_id AS clinicId, d.name AS doctorName, s.weekday, s.starts_at AS startsAt, s.ends_at AS endsAt
            FROM rsud_schedules s JOIN rsud_doctors d ON d.id = s.doctor_id
            ORDER BY s.weekday, s.starts_at, d.name
            """)
            .ToLookup(row => row.ClinicId, row => new DoctorSession(row.DoctorName, (int)row.Weekday,
                TimeOnly.ParseExact(row.StartsAt, "HH:mm", CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(row.EndsAt, "HH:mm", CultureInfo.InvariantCulture)));
    }

    public IReadOnlyList<BedAvailability> Beds()
    {
        using var connection = database.Open();
        return connection.Query<BedRow>("SELECT class, total, available, updated_at AS updatedAt FROM rsud_beds ORDER BY position")
            .Select(row => new BedAvailability(row.Class, (int)row.Total, (int)row.Available, StoredTime.Parse(row.UpdatedAt)))
            .ToList();
    }

    public string? Information(string topic)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<string>("SELECT text FROM rsud_information WHERE topic = @topic", new { topic });
    }

    sealed record ClinicRow
    {
        public required long Id { get; init; }
        public required string Name { get; init; }
        public required string Keywords { get; init; }
        public required string Location { get; init; }
    }

    sealed record SessionRow
    {
        public required long ClinicId { get; init; }
        public required string DoctorName { get; init; }
        public required long Weekday { get; init; }
        public required string StartsAt { get; init; }
        public required string EndsAt { get; init; }
    }

    sealed record BedRow
    {
        public required string Class { get; init; }
        public required long Total { get; init; }
        public required long Available { get; init; }
        public required string UpdatedAt { get; init; }
    }
}
