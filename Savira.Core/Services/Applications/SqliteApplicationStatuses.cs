using Dapper;
using Savira.Core.Data;

namespace Savira.Core.Services.Applications;

public sealed class SqliteApplicationStatuses(Database database) : IApplicationStatuses
{
    public ServiceApplication? Find(string registrationNumber)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<Row>(
            """
            SELECT registration_number AS registrationNumber, intent, kind, applicant_name AS applicantName, status, note,
                   submitted_at AS submittedAt, updated_at AS updatedAt
            FROM service_applications WHERE registration_number = @registrationNumber
            """,
            new { registrationNumber });
        return row is null
            ? null
            : new ServiceApplication
            {
                RegistrationNumber = row.RegistrationNumber,
                Intent = row.Intent,
                Kind = row.Kind,
                ApplicantName = row.ApplicantName,
                Status = row.Status,
                Note = row.Note,
                SubmittedAt = StoredTime.Parse(row.SubmittedAt),
                UpdatedAt = StoredTime.Parse(row.UpdatedAt),
            };
    }

    sealed record Row
    {
        public required string RegistrationNumber { get; init; }
        public required string Intent { get; init; }
        public required string Kind { get; init; }
        public required string ApplicantName { get; init; }
        public required string Status { get; init; }
        public string? Note { get; init; }
        public required string SubmittedAt { get; init; }
        public required string UpdatedAt { get; init; }
    }
}
