using Dapper;
using Savira.Core.Data;

namespace Savira.Core.Services.Infrastruktur;

/// <summary>The national holidays and cuti bersama admins keep (table holidays); deadlines skip them.</summary>
public sealed class HolidayCalendar(Database database, DatabaseWriter writer)
{
    public sealed record Holiday(DateOnly Day, string Name);

    public IReadOnlyList<Holiday> List()
    {
        using var connection = database.Open();
        return [.. connection.Query<(string Day, string Name)>("SELECT day, name FROM holidays ORDER BY day")
            .Select(row => new Holiday(StoredTime.ParseDay(row.Day), row.Name))];
    }

    public IReadOnlySet<DateOnly> Days()
    {
        using var connection = database.Open();
        return connection.Query<string>("SELECT day FROM holidays").Select(StoredTime.ParseDay).ToHashSet();
    }

    /// <summary>Adds the day, or renames it when it is already there; false when it was there with the same name.</summary>
    public Task<bool> AddAsync(DateOnly day, string name, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute(
            "INSERT INTO holidays (day, name) VALUES (@day, @name) ON CONFLICT (day) DO UPDATE SET name = excluded.name WHERE name <> excluded.name",
            new { day = StoredTime.Day(day), name }) > 0, cancellationToken);

    public Task<bool> RemoveAsync(DateOnly day, CancellationToken cancellationToken) =>
        writer.WriteAsync(connection => connection.Execute("DELETE FROM holidays WHERE day = @day", new { day = StoredTime.Day(day) }) > 0, cancellationToken);
}
