using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Savira.Core.Data;
using Savira.Tests.Support;

namespace Savira.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "savira-tests", Guid.NewGuid().ToString("N"));
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    DatabaseMigrator Migrator() => new(TestDatabase.At(Path.Combine(folder, "savira.db")), NullLogger<DatabaseMigrator>.Instance);

    [Fact]
    public async Task OlderDatabaseIsUpgradedAtStartupKeepingItsData()
    {
        var migrator = Migrator();
        migrator.Migrate(targetVersion: 1);
        using (var connection = TestDatabase.At(Path.Combine(folder, "savira.db")).Open())
        {
            connection.Execute("INSERT INTO sessions (sender, started_at, last_activity_at) VALUES ('whatsapp:+628111', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')");
            Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'menu_items'"));
        }

        await using var app = new SaviraApp(folder: folder);
        await app.ChatAsync("halo", Cancel);

        Assert.Equal(Migration.All[^1].Version, migrator.CurrentVersion());
        Assert.True(app.Count("menu_items") >= 10);
        Assert.Equal(2, app.Count("sessions"));
    }

    [Fact]
    public void EachMigrationIsRecordedOnceAndARerunChangesNothing()
    {
        var migrator = Migrator();
        migrator.Migrate();
        migrator.Migrate();

        using var connection = TestDatabase.At(Path.Combine(folder, "savira.db")).Open();
        var versions = connection.Query<int>("SELECT version FROM schema_version ORDER BY version").ToList();
        Assert.Equal(Migration.All.Select(m => m.Version), versions);
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public void FailingMigrationLeavesNoHalfWrittenSchema()
    {
        var migrator = Migrator();
        migrator.Migrate(targetVersion: 1);
        using (var connection = TestDatabase.At(Path.Combine(folder, "savira.db")).Open())
            connection.Execute("CREATE TABLE menu_items (position INTEGER)"); // makes migration 2 fail midway

        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => migrator.Migrate());

        Assert.Equal(1, migrator.CurrentVersion());
        using var check = TestDatabase.At(Path.Combine(folder, "savira.db")).Open();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM menu_items"));
    }

    [Fact]
    public void NewerDatabaseIsRefusedWithAClearMessage()
    {
        var migrator = Migrator();
        migrator.Migrate();
        using (var connection = TestDatabase.At(Path.Combine(folder, "savira.db")).Open())
            connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'from_the_future', '2030-01-01')");

        var refused = Assert.Throws<DatabaseTooNewException>(() => migrator.Migrate());

        Assert.Contains("schema version 9999", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Savira:Database:Path", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostRefusesToStartOnANewerDatabase()
    {
        Migrator().Migrate();
        using (var connection = TestDatabase.At(Path.Combine(folder, "savira.db")).Open())
            connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'from_the_future', '2030-01-01')");
        var outcome = await BotProcess.RunAsync(new Dictionary<string, string>
        {
            ["Savira__Database__Path"] = Path.Combine(folder, "savira.db"),
            ["Twilio__AuthToken"] = SaviraApp.AuthToken,
            ["Twilio__PublicBaseUrl"] = SaviraApp.PublicBaseUrl,
        }, ["--urls", "http://127.0.0.1:0"], input: null, TimeSpan.FromSeconds(60), Cancel);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("schema version 9999", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); }
        catch (DirectoryNotFoundException) { }
        catch (IOException) { }
    }
}
