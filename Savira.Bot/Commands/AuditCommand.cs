using Savira.Bot.Hosting;
using Savira.Core.Data;
using Savira.Core.Privacy;

namespace Savira.Bot.Commands;

/// <summary>`audit verify`: checks the audit log's hash chain in the database file and names the first row that was altered.</summary>
public static class AuditCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["verify"])
        {
            await error.WriteLineAsync("Usage: dotnet run --project Savira.Bot -- audit verify").ConfigureAwait(false);
            return 2;
        }
        using var host = SaviraCommandHost.Build([]);
        await host.StartAsync().ConfigureAwait(false); // migrations
        try
        {
            using var connection = host.Services.GetRequiredService<Database>().Open();
            var (rows, broken, why) = AuditLog.Verify(connection);
            if (broken is { } id)
            {
                await output.WriteLineAsync($"audit log: row {id} was altered: {why}. The {rows} rows before it hold.").ConfigureAwait(false);
                return 1;
            }
            await output.WriteLineAsync($"audit log: {rows} rows, the chain holds.").ConfigureAwait(false);
            return 0;
        }
        finally
        {
            await host.StopAsync().ConfigureAwait(false);
        }
    }
}
