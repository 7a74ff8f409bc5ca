using System.Net;
using System.Net.Http.Headers;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>The users verb, run as an operator runs it: the built bot as a process on a database file.</summary>
public sealed class UsersVerbTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static Task<BotProcess.Outcome> UsersAsync(string databasePath, string? input, params string[] args) =>
        BotProcess.RunAsync(new Dictionary<string, string> { ["Savira__Database__Path"] = databasePath }, ["users", .. args], input, TimeSpan.FromSeconds(90), Cancel);

    [Fact]
    public async Task TheFirstAdminIsMadeFromTheCommandLineAndItsTokenOpensTheApiUntilItIsDisabled()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "savira.db");

        var added = await UsersAsync(database, "sandi-admin-pertama\n", "add", "dinas.admin", "--role", "admin");
        var scopeless = await UsersAsync(database, "sandi-puskesmas-1\n", "add", "staf", "--role", "puskesmas");
        var weak = await UsersAsync(database, "pendek\n", "add", "lemah", "--role", "editor");
        var list = await UsersAsync(database, null, "list");
        var token = await UsersAsync(database, null, "token", "dinas.admin");

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(2, scopeless.ExitCode);
        Assert.Contains("needs --scope", scopeless.Error, StringComparison.Ordinal);
        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("minimal 10 karakter", weak.Error, StringComparison.Ordinal);
        Assert.Equal("dinas.admin\tadmin\t-\tno authenticator yet\tactive", list.Output.Trim());
        var stored = string.Concat(new[] { database, database + "-wal" }.Where(File.Exists).Select(file => File.ReadAllText(file, System.Text.Encoding.Latin1)));
        Assert.DoesNotContain("sandi-admin-pertama", stored, StringComparison.Ordinal); // only its hash

        var apiToken = token.Output.Trim();
        Assert.StartsWith("svr_", apiToken, StringComparison.Ordinal);
        await using (var app = new SaviraApp(folder: folder.Path))
        {
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
            using var allowed = await client.GetAsync("/admin/api/faq", Cancel);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var disabled = await UsersAsync(database, null, "disable", "dinas.admin");
        Assert.Equal(0, disabled.ExitCode);
        await using (var app = new SaviraApp(folder: folder.Path))
        {
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
            using var refused = await client.GetAsync("/admin/api/faq", Cancel);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=false");
        var audited = Dapper.SqlMapper.Query<(string Action, string Detail)>(connection, "SELECT action, detail FROM audit_log WHERE origin = 'cli' ORDER BY id").ToList();
        Assert.Equal(["users.add", "users.token", "users.disable"], audited.Select(row => row.Action)); // refused commands changed nothing
        Assert.Contains("\"before\":{\"Name\":\"dinas.admin\",\"Role\":\"admin\",\"Scope\":null,\"Disabled\":false", audited[2].Detail, StringComparison.Ordinal);
        Assert.Contains("\"after\":{\"Name\":\"dinas.admin\",\"Role\":\"admin\",\"Scope\":null,\"Disabled\":true", audited[2].Detail, StringComparison.Ordinal);
        Assert.All(audited, row => Assert.DoesNotContain(apiToken, row.Detail, StringComparison.Ordinal));
    }
}
