using System.Globalization;

namespace Savira.Core.Data;

/// <summary>
/// How timestamps and days are kept in the database: instants as ISO 8601 text in UTC, so that they compare
/// as text; days as "yyyy-MM-dd".
/// </summary>
public static class StoredTime
{
    public static string Format(DateTimeOffset moment) => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string stored) => DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDay(string stored) => DateOnly.ParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
