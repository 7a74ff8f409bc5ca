using Dapper;
using Savira.Core.Data;

namespace Savira.Core.Services.Puskesmas;

/// <summary>The city's puskesmas, their clinics and registration hours, as kept in the database.</summary>
public sealed class PuskesmasDirectory(Database database)
{
    public IReadOnlyList<PuskesmasPlace> All()
    {
        using var connection = database.Open();
        return connection.Query<PuskesmasPlace>(
            "SELECT code, name, kecamatan, address, latitude, longitude FROM puskesmas ORDER BY name").AsList();
    }

    public PuskesmasPlace? Find(string code)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<PuskesmasPlace>(
            "SELECT code, name, kecamatan, address, latitude, longitude FROM puskesmas WHERE code = @code", new { code });
    }

    public IReadOnlyList<Clinic> Clinics(string puskesmasCode)
    {
        using var connection = database.Open();
        return connection.Query<Clinic>(
            """
            SELECT puskesmas_code AS puskesmasCode, clinic AS code, name, prefix, daily_quota AS dailyQuota,
                   minutes_per_patient AS minutesPerPatient, paused_at AS pausedAt
            FROM puskesmas_clinics WHERE puskesmas_code = @puskesmasCode ORDER BY rowid
            """,
            new { puskesmasCode }).AsList();
    }

    public Clinic? FindClinic(string puskesmasCode, string clinic) =>
        Clinics(puskesmasCode).FirstOrDefault(c => c.Code == clinic);

    public OpeningSchedule Schedule(string puskesmasCode)
    {
        using var connection = database.Open();
        var rows = connection.Query<(long Weekday, string OpensAt, string ClosesAt)>(
            "SELECT weekday, opens_at, closes_at FROM puskesmas_hours WHERE puskesmas_code = @puskesmasCode",
            new { puskesmasCode });
        return new OpeningSchedule(rows.Select(row => new OpeningHours((int)row.Weekday,
            TimeOnly.Parse(row.OpensAt, System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(row.ClosesAt, System.Globalization.CultureInfo.InvariantCulture))).ToList());
    }
}
