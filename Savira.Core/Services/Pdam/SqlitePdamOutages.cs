using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Core.Data;
using Savira.Core.Services.Regions;

namespace Savira.Core.Services.Pdam;

/// <summary>
/// Outages in <c>pdam_outages</c>, which operators manage through the admin API, and citizens' reports in
/// <c>pdam_outage_reports</c>. Every read goes to the database, so a change shows in the next message.
/// </summary>
public sealed class SqlitePdamOutages(Database database, DatabaseWriter writer, Journal.EffectLedger ledger) : IPdamOutages
{
    const string Select =
        """
        SELECT o.id, o.kecamatan_id AS kecamatanId, kec.name AS kecamatan, o.kelurahan_id AS kelurahanId, kel.name AS kelurahan,
               o.description, o.starts_at AS startsAt, o.expected_end_at AS expectedEndAt, o.ended_at AS endedAt,
               o.created_at AS createdAt, o.updated_at AS updatedAt
        FROM pdam_outages o
        JOIN kecamatan kec ON kec.id = o.kecamatan_id
        LEFT JOIN kelurahan kel ON kel.id = o.kelurahan_id
        """;

    public ValueTask<IReadOnlyList<PdamOutage>> FindOpenAsync(Area area, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        var rows = connection.Query<OutageRow>(
            Select + """

            WHERE o.ended_at IS NULL AND o.kecamatan_id = @KecamatanId
              AND (@KelurahanId IS NULL OR o.kelurahan_id IS NULL OR o.kelurahan_id = @KelurahanId)
            ORDER BY o.starts_at
            """,
            new { area.KecamatanId, area.KelurahanId });
        return ValueTask.FromResult<IReadOnlyList<PdamOutage>>(rows.Select(row => row.ToOutage()).ToList());
    }

    public IReadOnlyList<PdamOutage> List(bool includeEnded)
    {
        using var connection = database.Open();
        return connection.Query<OutageRow>(Select + (includeEnded ? "" : "\nWHERE o.ended_at IS NULL") + "\nORDER BY o.id")
            .Select(row => row.ToOutage()).ToList();
    }

    public PdamOutage? Find(long id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<OutageRow>(Select + "\nWHERE o.id = @id", new { id })?.ToOutage();
    }

    public async Task<PdamOutage> CreateAsync(PdamOutageInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = await writer.WriteAsync(connection => connection.ExecuteScalar<long>(
            """
            INSERT INTO pdam_outages (kecamatan_id, kelurahan_id, description, starts_at, expected_end_at, ended_at, created_at, updated_at)
            VALUES (@KecamatanId, @KelurahanId, @Description, @StartsAt, @ExpectedEndAt, NULL, @Now, @Now)
            RETURNING id
            """,
            Parameters(input, now)), cancellationToken).ConfigureAwait(false);
        return Find(id)!;
    }

    /// <summary>Replaces what operators entered; null when there is no such outage.</summary>
    public async Task<PdamOutage?> UpdateAsync(long id, PdamOutageInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(Parameters(input, now));
        parameters.Add("Id", id);
        var changed = await writer.WriteAsync(connection => connection.Execute(
            """
            UPDATE pdam_outages SET kecamatan_id = @KecamatanId, kelurahan_id = @KelurahanId, description = @Description,
                starts_at = @StartsAt, expected_end_at = @ExpectedEndAt, updated_at = @Now
            WHERE id = @Id
            """,
            parameters), cancellationToken).ConfigureAwait(false);
        return changed == 0 ? null : Find(id);
    }

    /// <summary>Ends the outage now (an outage already ended keeps its end time); null when there is no such outage.</summary>
    public async Task<PdamOutage?> EndAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = await writer.WriteAsync(connection => connection.Execute(
            "UPDATE pdam_outages SET ended_at = COALESCE(ended_at, @Now), updated_at = @Now WHERE id = @id",
            new { id, Now = StoredTime.Format(now) }), cancellationToken).ConfigureAwait(false);
        return changed == 0 ? null : Find(id);
    }

    /// <summary>Citizens' reports, newest first, for operators.</summary>
    public IReadOnlyList<PdamOutageReportRow> Reports(int limit)
    {
        using var connection = database.Open();
        return connection.Query<PdamOutageReportRow>(
            """
            SELECT r.id, r.sender, kec.name AS kecamatan, kel.name AS kelurahan, r.area_text AS areaText,
                   r.latitude, r.longitude, r.created_at AS createdAt
            FROM pdam_outage_reports r
            LEFT JOIN kecamatan kec ON kec.id = r.kecamatan_id
            LEFT JOIN kelurahan kel ON kel.id = r.kelurahan_id
            ORDER BY r.id DESC
            LIMIT @limit
            """,
            new { limit }).ToList();
    }

    public Task<long> ReportAsync(PdamOutageReport report, Journal.EffectKey effect, CancellationToken cancellationToken) =>
        ledger.ApplyAsync(effect, "pdam_outage_report", connection => Insert(connection, report), cancellationToken);

    static long Insert(SqliteConnection connection, PdamOutageReport report) =>
        connection.ExecuteScalar<long>(
            """
            INSERT INTO pdam_outage_reports (sender, kecamatan_id, kelurahan_id, area_text, latitude, longitude, created_at)
            VALUES (@Sender, @KecamatanId, @KelurahanId, @AreaText, @Latitude, @Longitude, @CreatedAt)
            RETURNING id
            """,
            new
            {
                report.Sender,
                report.Area?.KecamatanId,
                report.Area?.KelurahanId,
                report.AreaText,
                report.Latitude,
                report.Longitude,
                CreatedAt = StoredTime.Format(report.CreatedAt),
            });

    static object Parameters(PdamOutageInput input, DateTimeOffset now) => new
    {
        input.Area.KecamatanId,
        input.Area.KelurahanId,
        input.Description,
        StartsAt = StoredTime.Format(input.StartsAt),
        ExpectedEndAt = input.ExpectedEndAt is { } end ? StoredTime.Format(end) : null,
        Now = StoredTime.Format(now),
    };

    sealed record OutageRow
    {
        public required long Id { get; init; }
        public required long KecamatanId { get; init; }
        public required string Kecamatan { get; init; }
        public long? KelurahanId { get; init; }
        public string? Kelurahan { get; init; }
        public required string Description { get; init; }
        public required string StartsAt { get; init; }
        public string? ExpectedEndAt { get; init; }
        public string? EndedAt { get; init; }
        public required string CreatedAt { get; init; }
        public required string UpdatedAt { get; init; }

        public PdamOutage ToOutage() => new()
        {
            Id = Id,
            Area = new Area(KecamatanId, Kecamatan, KelurahanId, Kelurahan),
            Description = Description,
            StartsAt = StoredTime.Parse(StartsAt),
            ExpectedEndAt = ExpectedEndAt is null ? null : StoredTime.Parse(ExpectedEndAt),
            EndedAt = EndedAt is null ? null : StoredTime.Parse(EndedAt),
            CreatedAt = StoredTime.Parse(CreatedAt),
            UpdatedAt = StoredTime.Parse(UpdatedAt),
        };
    }
}
