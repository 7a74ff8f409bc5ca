using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>Every change staff make is in the audit log, chained so that an altered row is found.</summary>
public sealed class AuditTrailTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    sealed record Row(long Id, string Actor, string Action, string Detail, string Origin);

    static List<Row> AuditRows(SaviraApp app)
    {
        using var connection = app.OpenDatabase();
        return [.. connection.Query<Row>("SELECT id, actor, action, detail, origin FROM audit_log ORDER BY id")];
    }

    [Fact]
    public async Task SignInsChangesInTheConsoleAndApiCallsAreRecordedWithWhoAndWhereButNoPassword()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("admin1", StaffRole.Admin, Cancel);
        var opd = await app.AddAccountAsync("dpu1", StaffRole.Opd, Cancel);
        var browser = app.BrowserClient();
        var page = await browser.GetStringAsync("/console/masuk", Cancel);
        (await browser.PostFormAsync("/console/masuk", page, new Dictionary<string, string> { ["name"] = "admin1", ["password"] = "tebakan-salah-1" }, Cancel)).Dispose();
        await browser.SignInAsync(app, "admin1", Cancel);
        var users = await browser.GetStringAsync("/console/pengguna", Cancel);
        (await browser.PostFormAsync("/console/pengguna?handler=Add", users, new Dictionary<string, string>
        {
            ["name"] = "baru1", ["role"] = StaffRole.Editor, ["password"] = "sandi-rahasia-baru-1",
        }, Cancel)).Dispose();

        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(opd, Cancel));
        using var status = await api.PutAsync("/admin/api/reports/INF-2026-000001/status",
            new StringContent($$"""{"status":"selesai","note":"Lubang sudah ditambal.","photo":"{{Convert.ToBase64String(TestImages.Png)}}"}""", Encoding.UTF8, "application/json"), Cancel);
        using var refused = await api.PostAsync("/admin/api/faq/1/deactivate", null, Cancel);

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var rows = AuditRows(app);
        Assert.Equal(
            ["console.sign-in.wrong-password", "console.sign-in.password-ok", "console.sign-in", "POST /console/pengguna", "PUT /admin/api/reports/{ticket}/status"],
            rows.Select(row => row.Action));
        Assert.Equal(["admin1", "admin1", "admin1", "admin1", "dpu1"], rows.Select(row => row.Actor));
        Assert.Contains("\"baru1\"", rows[3].Detail, StringComparison.Ordinal);
        Assert.Contains("Lubang sudah ditambal.", rows[4].Detail, StringComparison.Ordinal);
        Assert.All(rows, row => Assert.DoesNotContain("sandi-rahasia-baru-1", row.Detail, StringComparison.Ordinal));
        Assert.All(rows, row => Assert.DoesNotContain("tebakan-salah-1", row.Detail, StringComparison.Ordinal));
        Assert.All(rows, row => Assert.False(string.IsNullOrEmpty(row.Origin)));
    }

    [Fact]
    public async Task AnExportIsRecordedButAPlainReadIsNot()
    {
        await using var app = new SaviraApp();
        var editor = await app.AddAccountAsync("editor1", StaffRole.Editor, Cancel);
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(editor, Cancel));

        using var list = await api.GetAsync("/admin/api/faq", Cancel);
        using var export = await api.GetAsync("/admin/api/faq/export.csv", Cancel);
        var browser = app.BrowserClient();
        await browser.SignInAsync(app, "editor1", Cancel);
        using var download = await browser.GetAsync("/console/pengetahuan?handler=Csv", Cancel);
        var page = await browser.GetStringAsync("/console/pengetahuan", Cancel);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("Unduh semua entri", page, StringComparison.Ordinal);
        var exports = AuditRows(app).Where(row => row.Action.StartsWith("GET ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["GET /admin/api/faq/export.csv", "GET /console/pengetahuan"], exports.Select(row => row.Action));
        Assert.All(exports, row => Assert.Equal("editor1", row.Actor));
        Assert.Contains("handler=Csv", exports[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangeIsRecordedWithTheValueBeforeAndAfter()
    {
        await using var app = new SaviraApp();
        var admin = await app.AddAccountAsync("admin3", StaffRole.Admin, Cancel);
        var officer = await app.AddAccountAsync("petugas3", StaffRole.Officer, Cancel);
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(admin, Cancel));
        using var report = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync("/admin/api/reports/INF-2026-000003", Cancel));
        var statusBefore = report.RootElement.GetProperty("status").GetString();
        using var changed = await api.PutAsync("/admin/api/reports/INF-2026-000003/status", // "ditolak" is the old name of bukan_wewenang
            new StringContent("""{"status":"ditolak","note":"Bukan jalan kota."}""", Encoding.UTF8, "application/json"), Cancel);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var browser = app.BrowserClient();
        await browser.SignInAsync(app, "admin3", Cancel);
        var users = await browser.GetStringAsync("/console/pengguna", Cancel);
        using var role = await browser.PostFormAsync("/console/pengguna?handler=Role", users, new Dictionary<string, string>
        {
            ["id"] = officer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["role"] = StaffRole.Officer, ["scope"] = "pbb, PDAM",
        }, Cancel);
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
        using var unknownService = await browser.PostFormAsync("/console/pengguna?handler=Role", users, new Dictionary<string, string>
        {
            ["id"] = officer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["role"] = StaffRole.Officer, ["scope"] = "parkir",
        }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, unknownService.StatusCode);

        var rows = AuditRows(app);
        var statusChange = Change(rows.Single(row => row.Action == "PUT /admin/api/reports/{ticket}/status"));
        Assert.Equal("report INF-2026-000003", statusChange.GetProperty("subject").GetString());
        Assert.Equal(statusBefore, statusChange.GetProperty("before").GetProperty("status").GetString());
        Assert.Equal("bukan_wewenang", statusChange.GetProperty("after").GetProperty("status").GetString());
        Assert.Equal("Bukan jalan kota.", statusChange.GetProperty("after").GetProperty("statusNote").GetString());
        var roleChange = Change(rows.Last(row => row.Action == "POST /console/pengguna"));
        Assert.Equal("account petugas3", roleChange.GetProperty("subject").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, roleChange.GetProperty("before").GetProperty("scope").ValueKind);
        Assert.Equal("pbb,pdam", roleChange.GetProperty("after").GetProperty("scope").GetString());
        Assert.Equal(1, rows.Count(row => row.Action == "POST /console/pengguna")); // the refused change is not a change

        var shown = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync("/console/audit?actor=admin3", Cancel));
        Assert.Contains("Pengguna: ubah peran atau lingkup", shown, StringComparison.Ordinal);
        Assert.Contains("API: ubah tahap laporan", shown, StringComparison.Ordinal);
        Assert.Contains("account petugas3 — scope: — → pbb,pdam", shown, StringComparison.Ordinal);
        Assert.Contains($"report INF-2026-000003 — status: {statusBefore} → bukan_wewenang", shown, StringComparison.Ordinal);
        using var badDate = await browser.GetAsync("/console/audit?from=2026-13-01", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("tidak dapat dibaca (Dari tanggal)", System.Net.WebUtility.HtmlDecode(await badDate.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Contains("0 baris terbaru", await browser.GetStringAsync("/console/audit?from=2099-01-01", Cancel), StringComparison.Ordinal);
    }

    static System.Text.Json.JsonElement Change(Row row) =>
        System.Text.Json.JsonDocument.Parse(row.Detail).RootElement.GetProperty("changes")[0].Clone();

    [Fact]
    public async Task AuditVerifyNamesTheFirstRowAlteredInTheFile()
    {
        using var folder = new TempFolder();
        await using (var app = new SaviraApp(folder: folder.Path))
        {
            await app.AddAccountAsync("admin2", StaffRole.Admin, Cancel);
            var browser = app.BrowserClient();
            for (var i = 0; i < 2; i++)
            {
                var page = await browser.GetStringAsync("/console/masuk", Cancel);
                (await browser.PostFormAsync("/console/masuk", page, new Dictionary<string, string> { ["name"] = "admin2", ["password"] = "salah-" + i + "-xxxxx" }, Cancel)).Dispose();
            }
            await browser.SignInAsync(app, "admin2", Cancel);
            Assert.Equal(4, app.Count("audit_log"));
        }
        var environment = new Dictionary<string, string> { ["Savira__Database__Path"] = Path.Combine(folder.Path, "savira.db") };

        var intact = await BotProcess.RunAsync(environment, ["audit", "verify"], null, TimeSpan.FromSeconds(90), Cancel);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(folder.Path, "savira.db")};Pooling=false"))
            connection.Execute("UPDATE audit_log SET actor = 'orang-lain' WHERE id = 2");
        var altered = await BotProcess.RunAsync(environment, ["audit", "verify"], null, TimeSpan.FromSeconds(90), Cancel);

        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("4 rows, the chain holds", intact.Output, StringComparison.Ordinal);
        Assert.Equal(1, altered.ExitCode);
        Assert.Contains("row 2 was altered", altered.Output, StringComparison.Ordinal);
    }
}
