using System.Net.Http.Json;
using Dapper;
using Savira.Tests.Support;

namespace Savira.Tests.Hosting;

public sealed class StartupTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static string TempDatabase() => Path.Combine(Path.GetTempPath(), "savira-tests", Guid.NewGuid().ToString("N"), "savira.db");

    [Fact]
    public async Task MissingAuthTokenStopsTheHostNamingTheKey()
    {
        var outcome = await BotProcess.RunAsync(new Dictionary<string, string>
        {
            ["Savira__Database__Path"] = TempDatabase(),
            ["Twilio__PublicBaseUrl"] = SaviraApp.PublicBaseUrl,
        }, ["--urls", "http://127.0.0.1:0"], input: null, TimeSpan.FromSeconds(60), Cancel);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Twilio:AuthToken", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("Twilio__AuthToken", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignatureCheckCannotBeSwitchedOffOutsideDevelopment()
    {
        var outcome = await BotProcess.RunAsync(new Dictionary<string, string>
        {
            ["Savira__Database__Path"] = TempDatabase(),
            ["Twilio__ValidateSignature"] = "false",
        }, ["--urls", "http://127.0.0.1:0"], input: null, TimeSpan.FromSeconds(60), Cancel);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Twilio:ValidateSignature may be false only", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignatureCheckMayBeSwitchedOffInDevelopment()
    {
        await using var app = new SaviraApp(new Dictionary<string, string?> { ["Twilio:ValidateSignature"] = "false" }, environment: "Development");

        using var response = await app.CreateClient().PostAsync(SaviraApp.WebhookPath,
            new FormUrlEncodedContent(SaviraApp.WhatsAppForm("halo")), Cancel);

        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task ReadinessReportsTheDatabaseTheMatcherAndARunningOutboxSender()
    {
        await using var twilio = await FakeTwilio.StartAsync();
        await using var app = new SaviraApp(twilio.Settings());
        using var client = app.CreateClient();

        var body = "";
        for (var attempt = 0; attempt < 100 && !body.StartsWith("{\"status\":\"Healthy\"", StringComparison.Ordinal); attempt++)
        {
            if (attempt > 0)
                await Task.Delay(50, Cancel); // the sender's first round may still be coming
            using var ready = await client.GetAsync("/healthz/ready", Cancel);
            body = await ready.Content.ReadAsStringAsync(Cancel);
        }

        Assert.StartsWith("{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal(["database", "matcher", "outbox"], checks.EnumerateObject().Select(check => check.Name).Order());
        Assert.All(checks.EnumerateObject(), check => Assert.Equal("Healthy", check.Value.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task WithoutTwilioCredentialsTheHostIsReadyButSaysNothingIsPushed()
    {
        await using var app = new SaviraApp();

        using var ready = await app.CreateClient().GetAsync("/healthz/ready", Cancel);

        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("\"status\":\"Degraded\"", body, StringComparison.Ordinal);
        Assert.Contains("nothing is pushed over WhatsApp", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseBehindTheShippedMigrationsIsNotReady()
    {
        await using var app = new SaviraApp();
        using var client = app.CreateClient();
        using (var connection = app.OpenDatabase())
            connection.Execute("DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)");

        using var ready = await client.GetAsync("/healthz/ready", Cancel);

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("but this build ships migrations up to", await ready.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheDatabaseIsGoneTheProcessIsAliveButNotReady()
    {
        await using var app = new SaviraApp();
        using var client = app.CreateClient();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(app.DatabasePath);
        File.Delete(app.DatabasePath + "-wal");
        File.Delete(app.DatabasePath + "-shm");
        Directory.CreateDirectory(app.DatabasePath); // a folder where the file was: cannot be opened

        using var live = await client.GetAsync("/healthz/live", Cancel);
        using var ready = await client.GetAsync("/healthz/ready", Cancel);
        using var old = await client.GetAsync("/healthz", Cancel);

        Assert.Equal(System.Net.HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, old.StatusCode);
        Directory.Delete(app.DatabasePath);
    }

    [Fact]
    public async Task TerminalChatTalksToTheSameEngineAndDatabase()
    {
        var database = TempDatabase();

        var outcome = await BotProcess.RunAsync(new Dictionary<string, string> { ["Savira__Database__Path"] = database },
            ["chat"], input: "halo\npbb\nbatal\n", TimeSpan.FromSeconds(60), Cancel);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("*1.* Pajak Bumi dan Bangunan (PBB)", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("NOP", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("dibatalkan", outcome.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(database));
    }

    [Fact]
    public async Task TerminalChatPrintsWhatStaffSendAsItComesOnce()
    {
        var database = TempDatabase();
        await using var chat = BotProcess.Start(new Dictionary<string, string> { ["Savira__Database__Path"] = database }, ["chat"]);
        await chat.WriteLineAsync("halo");
        await chat.WaitForOutputAsync("Savira:", "the terminal chat to answer");

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=false"))
            Dapper.SqlMapper.Execute(connection, "INSERT INTO citizen_notices (sender, text, created_at) VALUES (@sender, 'Laporan Anda sudah selesai dikerjakan.', '2026-12-02T03:00:00.0000000+00:00')",
                new { sender = $"terminal:{Environment.UserName}" });
        await chat.WaitForOutputAsync("Laporan Anda sudah selesai dikerjakan.", "the notice to be printed without another message");
        await chat.WriteLineAsync("menu");
        var exit = await chat.EndInputAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(chat.Output, "Laporan Anda sudah selesai dikerjakan."));
        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=false");
        Assert.Equal(0L, Dapper.SqlMapper.ExecuteScalar<long>(check, "SELECT COUNT(*) FROM citizen_notices WHERE delivered_at IS NULL"));
    }

    [Fact]
    public async Task WebChatPageAnswersInDevelopmentOnly()
    {
        await using (var development = new SaviraApp(environment: "Development"))
        {
            using var client = development.CreateClient();
            Assert.Contains("<title>Savira", await client.GetStringAsync("/chat", Cancel), StringComparison.Ordinal);
            using var sent = await client.PostAsJsonAsync("/chat/messages", new { visitor = "tamu-1", text = "pbb" }, Cancel);
            Assert.Contains("NOP", await sent.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        await using var testing = new SaviraApp();
        using var notFound = await testing.CreateClient().GetAsync("/chat", Cancel);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, notFound.StatusCode);
    }
}
