using System.Globalization;
using Microsoft.Extensions.Options;
using Savira.Bot.Hosting;
using Savira.Core.Data;
using SessionOptions = Savira.Core.Dialogue.SessionOptions;
using Savira.Core.Privacy;

namespace Savira.Bot.Commands;

/// <summary>
/// `privacy export NUMBER` prints a JSON document of everything held about a WhatsApp number; `privacy erase NUMBER`
/// deletes or anonymises all of it in one transaction and says what it did. Both work on the configured database
/// while the bot runs, and both add a row to audit_log (the OS user, the time, the masked number, the rows).
/// Exit code 0 when done, 2 for a wrong command line, 1 when there is no database.
/// </summary>
public static class PrivacyCommands
{
    const string Usage =
        """
        Usage: privacy export NUMBER   print everything held about a WhatsApp number as JSON
               privacy erase NUMBER    delete or anonymise it all, in one transaction
        NUMBER: +6281234567890, 6281234567890, 081234567890 or whatsapp:+6281234567890
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || args[0] is not ("export" or "erase"))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        if (WhatsAppNumber.ToSender(args[1]) is not { } sender)
        {
            await error.WriteLineAsync($"privacy: '{args[1]}' is not a WhatsApp number.");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        using var host = SaviraCommandHost.Build(args[2..], services => services.AddSingleton<CitizenData>());
        var database = host.Services.GetRequiredService<Database>();
        if (!File.Exists(database.FilePath))
        {
            await error.WriteLineAsync($"privacy: there is no database at {database.FilePath}; check Savira:Database:Path.");
            return 1;
        }
        host.Services.GetRequiredService<DatabaseMigrator>().Migrate(); // audit_log exists from here on
        var data = host.Services.GetRequiredService<CitizenData>();
        var actor = AuditLog.CurrentActor();

        if (args[0] == "export")
        {
            var export = await data.ExportAsync(sender, actor, CancellationToken.None);
            await output.WriteLineAsync(export.Json);
            await error.WriteLineAsync($"privacy: exported {export.Rows.Values.Sum()} rows about {sender}; audit_log #{export.AuditId} ({actor}).");
            return 0;
        }

        var erasure = await data.EraseAsync(sender, actor, CancellationToken.None);
        await Report(erasure, sender, actor, host.Services.GetRequiredService<IOptions<SessionOptions>>().Value,
            host.Services.GetRequiredService<TimeProvider>().GetUtcNow(), output);
        return 0;
    }

    static async Task Report(CitizenErasure erasure, string sender, string actor, SessionOptions session, DateTimeOffset now, TextWriter output)
    {
        var changed = erasure.Changes.Where(change => change.Rows > 0).ToList();
        if (changed.Count == 0)
            await output.WriteLineAsync($"Nothing was held about {sender}.");
        else
        {
            await output.WriteLineAsync($"Erased what was held about {sender}, in one transaction:");
            foreach (var change in changed)
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {change.Action,-10} {change.Rows,6}  {change.Table}"));
            if (changed.Any(change => change.Action == "anonymised"))
                await output.WriteLineAsync(
                    "Anonymised rows are the city's records (infrastructure reports, queue numbers, PDAM outage reports), kept without the number or photo; a queue number still waiting was cancelled.");
        }
        await output.WriteLineAsync($"Recorded in audit_log #{erasure.AuditId} ({actor}).");

        // A running bot keeps a session it wrote in memory until the session goes idle.
        if (erasure.LastActivityAt is { } last && now - last < TimeSpan.FromMinutes(session.IdleMinutes))
            await output.WriteLineAsync(
                $"Note: this citizen wrote less than {session.IdleMinutes} minutes ago. If the bot is running and they write again within that time, "
                + "the conversation in its memory carries on; run the erase again after that.");
    }
}
