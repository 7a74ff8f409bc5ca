using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Savira.Core.Data;

namespace Savira.Bot.Hosting;

public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            var version = connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version), 0) FROM schema_version");
            return Task.FromResult(HealthCheckResult.Healthy($"schema version {version}"));
        }
        catch (SqliteException exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The database cannot be read: " + exception.SqliteErrorCode));
        }
    }
}
