using System.Globalization;
using Dapper;
using Savira.Core.Data;

namespace Savira.Core.Services.Rsud;

public sealed class SqliteRsudDirectory(Database database) : IRsudDirectory
{
    public IReadOnlyList<RsudClinic> Clinics()
    {
        using var connection = database.Open();
        return connection.Query<ClinicRow>("SELECT id, name, keywords, location FROM rsud_clinics ORDER BY id")
            .Select(row => new RsudClinic(row.Id, row.Name,
                row.Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), row.Location))
            .ToList();
    }

    public IReadOnlyList<DoctorSession> Schedule(long clinicId)
    {
        using var connection = database.Open();
        return connection.Query<SessionRow>(
            """
            SELECT d.name AS doctorName, s.weekday, s.starts_at AS startsAt, s.ends_at AS endsAt
            FROM rsud_schedules s JOIN rsud_doctors d ON d.id = s.doctor_id
            WHERE d.clinic_id = @clinicId
            ORDER BY s.weekday, s.starts_at, d.name
            """,
            new { clinicId })
            .Select(row => new DoctorSession(row.DoctorName, (int)row.Weekday,
                TimeOnly.ParseExact(row.StartsAt, "HH:mm", CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(row.EndsAt, "HH:mm", CultureInfo.InvariantCulture)))
            .ToList();
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
