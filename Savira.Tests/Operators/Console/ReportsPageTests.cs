using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Savira.Bot.Operators.Accounts;
using Savira.Bot.Operators.Reports;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>The figures an agency head reads, from what citizens and officers really did.</summary>
public sealed class ReportsPageTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static readonly DateOnly Monday = new(2026, 11, 30); // the test clock's day in WIB

    [Fact]
    public async Task ADaysMessagesAreCountedByHowTheyWereAnsweredWithTheOfficersFirstReplyTime()
    {
        await using var app = ServiceChat.NewApp();
        await app.ChatAsync("cek pbb 33.74.010.005.012-0345.0", Cancel, "whatsapp:+6281300000201");
        await app.ChatAsync("syarat membuat ktp baru apa saja", Cancel, "whatsapp:+6281300000201");
        await app.ChatAsync("qwzx plorg vrindu", Cancel, "whatsapp:+6281300000202");
        await app.ChatAsync("saya mau bicara dengan petugas", Cancel, "whatsapp:+6281300000203");
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        using var admin = app.Admin();
        var handoff = (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/admin/api/handoffs", Cancel))[0].GetProperty("id").GetInt64();
        using var replied = await admin.PostJsonAsync($"/admin/api/handoffs/{handoff}/messages", new { text = "Halo, saya petugas. Ada yang bisa dibantu?" }, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, replied.StatusCode);

        var report = app.Services.GetRequiredService<ServiceReport>().Read(Monday, Monday, service: null);
        var day = Assert.Single(report.Days);
        Assert.Equal(4, day.Messages);
        Assert.Equal(1, day.ByWay["lookup"]);
        Assert.Equal(1, day.ByWay["knowledge"]);
        Assert.Equal(1, day.ByWay["fallback"]);
        Assert.Equal(1, day.ByWay["officer"]);
        Assert.Equal(1, day.Unanswered);
        Assert.Equal(6, day.MedianFirstReplyMinutes);
        Assert.Contains(report.TopUnanswered, group => group.Sample.Contains("plorg", StringComparison.Ordinal));
        Assert.Equal(1, Assert.Single(app.Services.GetRequiredService<ServiceReport>().Read(Monday, Monday, "pbb").Days).Messages);

        await app.AddAccountAsync("kepala", StaffRole.Auditor, Cancel);
        var browser = app.BrowserClient();
        await browser.SignInAsync(app, "kepala", Cancel);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/console/laporan?dari=2026-11-30&sampai=2026-11-30", Cancel));
        var csv = await browser.GetStringAsync("/console/laporan?handler=Csv&dari=2026-11-30&sampai=2026-11-30", Cancel);
        using var backwards = await browser.GetAsync("/console/laporan?dari=2026-12-05&sampai=2026-11-30", Cancel);

        Assert.Contains("4 pesan · belum terjawab 25%", page, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", page, StringComparison.Ordinal);
        var lines = csv.TrimStart('\uFEFF').Trim().Split('\n');
        Assert.StartsWith("tanggal,kanal,warga,pesan,layanan", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length); // three conversations
        Assert.DoesNotContain("6281300000201", csv, StringComparison.Ordinal); // numbers masked
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }
}
