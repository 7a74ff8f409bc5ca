using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Savira.Core.Retention;

namespace Savira.Bot.Operators;

/// <summary>/admin/api/retention: the configured periods and what the retention job removed, newest first.</summary>
public static class RetentionAdminEndpoints
{
    const int MaxLimit = 1000;

    public static RouteGroupBuilder MapRetentionAdmin(this RouteGroupBuilder admin)
    {
        var retention = admin.MapGroup("/retention");
        retention.MapGet("/", (IOptions<RetentionOptions> options) => TypedResults.Ok(options.Value));
        retention.MapGet("/purges", ListPurges);
        return admin;
    }

    static Results<Ok<IReadOnlyList<RetentionPurge>>, ValidationProblem> ListPurges(RetentionPurges purges, string? kind, string? limit)
    {
        var count = 100;
        if (limit is not null && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxLimit))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"The field 'limit' must be a whole number from 1 to {MaxLimit}."] });
        return TypedResults.Ok(purges.Latest(count, string.IsNullOrWhiteSpace(kind) ? null : kind.Trim()));
    }
}
