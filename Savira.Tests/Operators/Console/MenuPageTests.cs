using System.Net;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>An admin reorders and retitles the main menu; citizens' next "menu" and number picks follow it.</summary>
public sealed class MenuPageTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReorderedMenuIsWhatTheNextCitizenGetsAndItsNumbersPickThoseServices()
    {
        await using var app = new SaviraApp();
        var admin = await app.SignedInClientAsync("admin-menu", StaffRole.Admin, Cancel);
        var editor = await app.SignedInClientAsync("editor-menu", StaffRole.Editor, Cancel);
        var page = await admin.GetStringAsync("/console/menu", Cancel);

        var fields = new Dictionary<string, string>
        {
            ["Rows[0].Intent"] = "pkb", ["Rows[0].Title"] = "Pajak kendaraan & STNK", ["Rows[0].Order"] = "1", ["Rows[0].Shown"] = "true",
            ["Rows[1].Intent"] = "pbb", ["Rows[1].Title"] = "PBB rumah dan tanah", ["Rows[1].Order"] = "2", ["Rows[1].Shown"] = "true",
            ["Rows[2].Intent"] = "handoff", ["Rows[2].Title"] = "Bicara dengan petugas", ["Rows[2].Order"] = "3", ["Rows[2].Shown"] = "true",
        };
        using var refused = await editor.PostFormAsync("/console/menu?handler=Save", await editor.GetStringAsync("/console/menu", Cancel), fields, Cancel);
        using var empty = await admin.PostFormAsync("/console/menu?handler=Save", page, new Dictionary<string, string>(fields) { ["Rows[1].Title"] = " " }, Cancel);
        var unchanged = string.Join('\n', await app.ChatAsync("menu", Cancel));
        using var saved = await admin.PostFormAsync("/console/menu?handler=Save", page, fields, Cancel);
        var menu = string.Join('\n', await app.ChatAsync("menu", Cancel));
        var picked = string.Join('\n', await app.ChatAsync("1", Cancel));

        Assert.Contains("/console/ditolak", refused.Headers.Location?.ToString(), StringComparison.Ordinal); // an editor only reads
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("*1.* Pajak Bumi dan Bangunan (PBB)", unchanged, StringComparison.Ordinal); // nothing half-saved
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("*1.* Pajak kendaraan & STNK\n*2.* PBB rumah dan tanah\n*3.* Bicara dengan petugas", menu.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("*4.*", menu, StringComparison.Ordinal);
        Assert.Contains("plat", picked, StringComparison.OrdinalIgnoreCase); // PKB asks for the plate number
        using var connection = app.OpenDatabase();
        Assert.Contains("Pajak kendaraan & STNK (pkb)", Dapper.SqlMapper.QuerySingle<string>(connection, "SELECT detail FROM audit_log WHERE detail LIKE '%main menu%'"), StringComparison.Ordinal);
    }
}
