using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;
using Savira.Tests.Support;

namespace Savira.Tests.Hosting;

/// <summary>
/// `backup FILE` while citizens are writing to the running bot: the copy holds every message answered before it
/// began, each with its whole reply, and nothing half-written; restored the way the README says, the bot carries on
/// from it (a Twilio retry of a message in the copy gets its first reply).
/// </summary>
public sealed class BackupVerbTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    sealed record Answer(Dictionary<string, string> Form, string Reply, bool BeforeBackup);

    static Task<BotProcess.Outcome> Backup(string database, params string[] args) => BotProcess.RunAsync(
        new Dictionary<string, string> { ["Savira__Database__Path"] = database }, ["backup", .. args], input: null, TimeSpan.FromSeconds(120), Cancel);

    static SqliteConnection Open(string path, SqliteOpenMode mode = SqliteOpenMode.ReadOnly)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    [Fact]
    public async Task ABackupTakenUnderLoadHoldsEveryAnsweredMessageAndRestores()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "savira.db");
        var copy = Path.Combine(folder.Path, "backups", "savira-2026-12-01.db");
        var answers = new ConcurrentBag<Answer>();
        var backupStarted = 0;
        using var stopLoad = new CancellationTokenSource();

        await using (var bot = await BotServer.StartAsync(database, null, Cancel))
        {
            var senders = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                string[] messages = ["halo", "menu", "cek tagihan pdam 01230045", "ambil antrean pkm halmahera poli umum", "jadwal dokter anak hari kamis", "terima kasih"];
                for (var n = 0; !stopLoad.IsCancellationRequested; n++)
                {
                    var form = SaviraApp.WhatsAppForm(messages[n % messages.Length], $"whatsapp:+62816{i:D8}");
                    var reply = await bot.SayAsync(form, Cancel);
                    // Answered, so committed, while the backup was not yet started: the copy must hold it.
                    answers.Add(new Answer(form, reply, Volatile.Read(ref backupStarted) == 0));
                }
            }, Cancel)).ToList();

            await Eventually.TrueAsync(() => answers.Count >= 150, "150 messages answered before the backup");
            Volatile.Write(ref backupStarted, 1);
            var during = answers.Count;
            var backup = await Backup(database, copy);
            await Eventually.TrueAsync(() => answers.Count >= during + 50, "the load going on after the backup");
            await stopLoad.CancelAsync();
            await Task.WhenAll(senders);

            Assert.True(backup.ExitCode == 0, backup.Output + backup.Error);
            Assert.Contains("integrity ok", backup.Output, StringComparison.Ordinal);
            Assert.Matches(@"Recorded in audit_log #\d+", backup.Output);
            using var live = Open(database);
            Assert.Equal(1, live.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'backup'"));
            Assert.Equal(answers.Count, live.ExecuteScalar<long>("SELECT COUNT(*) FROM inbound_messages"));
        }

        var beforeBackup = answers.Where(answer => answer.BeforeBackup).ToList();
        Dictionary<string, string> stored;
        using (var restoredFile = Open(copy))
        {
            Assert.Equal("ok", restoredFile.ExecuteScalar<string>("PRAGMA integrity_check"));
            Assert.Equal("delete", restoredFile.ExecuteScalar<string>("PRAGMA journal_mode")); // one self-contained file
            stored = restoredFile.Query<(string Sid, string Body)>(
                    "SELECT m.message_id, o.body FROM inbound_messages m JOIN outbound_messages o ON o.inbound_id = m.id ORDER BY m.id, o.sequence")
                .GroupBy(row => row.Sid, row => row.Body)
                .ToDictionary(group => group.Key, group => string.Join("\n", group));
            Assert.Equal(0, restoredFile.ExecuteScalar<long>("SELECT COUNT(*) FROM inbound_messages m WHERE NOT EXISTS (SELECT 1 FROM outbound_messages o WHERE o.inbound_id = m.id)"));
        }
        Assert.All(beforeBackup, answer => Assert.Equal(answer.Reply, stored.GetValueOrDefault(answer.Form["MessageSid"])));
        Assert.InRange(stored.Count, beforeBackup.Count, answers.Count);
        Assert.True(stored.Count < answers.Count, "the load went on after the copy was taken");

        // Restore as the README says: the bot stopped, the live file and its -wal/-shm moved aside, the copy put in its place.
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
            File.Move(file, file + ".broken");
        File.Copy(copy, database);
        await using (var restored = await BotServer.StartAsync(database, null, Cancel))
        {
            var retried = beforeBackup[^1];
            Assert.Equal(retried.Reply, await restored.SayAsync(retried.Form, Cancel)); // from the restored journal, not answered again
            Assert.NotEmpty(await restored.SayAsync(SaviraApp.WhatsAppForm("halo", "whatsapp:+6281700000000"), Cancel));
        }
        using var after = Open(database);
        Assert.Equal(stored.Count + 1, after.ExecuteScalar<long>("SELECT COUNT(*) FROM inbound_messages"));
    }

    [Fact]
    public async Task ABackupNeverOverwritesAFileAndExplainsAWrongCommandLine()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "savira.db");
        var existing = Path.Combine(folder.Path, "yesterday.db");
        await File.WriteAllTextAsync(existing, "yesterday's backup", Cancel);

        var outcomes = await Task.WhenAll(Backup(database, existing), Backup(database), Backup(database, Path.Combine(folder.Path, "new.db")));

        Assert.Equal(2, outcomes[0].ExitCode);
        Assert.Contains("already exists", outcomes[0].Error, StringComparison.Ordinal);
        Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(existing, Cancel));
        Assert.Equal(2, outcomes[1].ExitCode);
        Assert.Contains("Usage: backup FILE", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Equal(1, outcomes[2].ExitCode); // no database there yet
        Assert.Contains("there is no database", outcomes[2].Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "new.db")));
        Assert.False(File.Exists(database));
    }
}
