using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Savira.Core.Data;

namespace Savira.Bot.Hosting;

/// <summary>The database answers and holds every migration this build ships.</summary>
public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            var version = connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version");
            var shipped = Migration.All[^1].Version;
            return Task.FromResult(version >= shipped
                ? HealthCheckResult.Healthy($"schema version {version}")
                : HealthCheckResult.Unhealthy($"schema version {version}, but this build ships migrations up to {shipped}"));
        }
        catch (SqliteException exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The database cannot be read: " + exception.SqliteErrorCode));
        }
    }
}
