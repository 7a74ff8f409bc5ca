using System.Net;
using System.Text.RegularExpressions;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Faq;
using Microsoft.Extensions.DependencyInjection;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Console;

/// <summary>The knowledge entry form over HTTP as a browser posts it: conflicts, refusals and bad fields, each told in Indonesian.</summary>
public sealed partial class KnowledgeConsoleTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    static Dictionary<string, string> Fields(FaqEntry entry, string answer, long editVersion) => new()
    {
        ["Intent"] = entry.Intent,
        ["Question"] = entry.Question,
        ["Answer"] = answer,
        ["Examples"] = string.Join('\n', entry.Examples),
        ["Source"] = entry.Source,
        ["CheckedOn"] = "2026-11-30",
        ["editVersion"] = editVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task SavingAFormOpenedBeforeSomeoneElseSavedIsRefusedWithAMessageAndKeepsTheirText()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("editor-satu", StaffRole.Editor, Cancel);
        await app.AddAccountAsync("editor-dua", StaffRole.Editor, Cancel);
        var first = app.BrowserClient();
        await first.SignInAsync(app, "editor-satu", Cancel);
        var second = app.BrowserClient();
        await second.SignInAsync(app, "editor-dua", Cancel);
        var store = app.Services.GetRequiredService<FaqStore>();
        var entry = store.List("npwp")[0];
        var firstPage = await first.GetStringAsync($"/console/pengetahuan/{entry.Id}", Cancel);
        var secondPage = await second.GetStringAsync($"/console/pengetahuan/{entry.Id}", Cancel);
        var opened = long.Parse(EditVersion().Match(firstPage).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        using var saved = await first.PostFormAsync($"/console/pengetahuan/{entry.Id}?handler=Save", firstPage, Fields(entry, "Jawaban editor satu.", opened), Cancel);
        using var stale = await second.PostFormAsync($"/console/pengetahuan/{entry.Id}?handler=Save", secondPage, Fields(entry, "Jawaban editor dua.", opened), Cancel);
        var staleHtml = await stale.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("sudah diubah orang lain sejak Anda membukanya", staleHtml, StringComparison.Ordinal);
        Assert.Contains("Jawaban editor dua.", staleHtml, StringComparison.Ordinal); // what they typed is still in the form
        Assert.Equal("Jawaban editor satu.", store.Find(entry.Id)!.Draft!.Content.Answer);
        Assert.Equal(entry.Answer, store.Find(entry.Id)!.Answer); // citizens still get the published text
    }

    [Fact]
    public async Task AnEditorSeesNoPublishButtonAndPublishingByHandIsRefused()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("editor-uji", StaffRole.Editor, Cancel);
        var editor = app.BrowserClient();
        await editor.SignInAsync(app, "editor-uji", Cancel);
        var store = app.Services.GetRequiredService<FaqStore>();
        var entry = store.List("npwp")[0];
        var page = await editor.GetStringAsync($"/console/pengetahuan/{entry.Id}", Cancel);
        using var saved = await editor.PostFormAsync($"/console/pengetahuan/{entry.Id}?handler=Save", page, Fields(entry, "Draf dari editor.", entry.EditVersion), Cancel);
        page = await editor.GetStringAsync($"/console/pengetahuan/{entry.Id}", Cancel);

        using var publish = await editor.PostFormAsync($"/console/pengetahuan/{entry.Id}?handler=Publish", page, new Dictionary<string, string> { ["editVersion"] = (entry.EditVersion + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("Terbitkan draf", page, StringComparison.Ordinal);
        Assert.Contains("admin yang menerbitkannya", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Contains("hanya dapat menyimpan draf", await publish.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(entry.Answer, store.Find(entry.Id)!.Answer);
        Assert.Equal(1, store.Find(entry.Id)!.PublishedVersion);
    }

    [Fact]
    public async Task EachBadFieldIsNamedNextToItAndNothingIsSaved()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("editor-uji", StaffRole.Editor, Cancel);
        var editor = app.BrowserClient();
        await editor.SignInAsync(app, "editor-uji", Cancel);
        var page = await editor.GetStringAsync("/console/pengetahuan/baru", Cancel);
        var rows = app.RowCounts();

        using var response = await editor.PostFormAsync("/console/pengetahuan/baru?handler=Save", page, new Dictionary<string, string>
        {
            ["Intent"] = "parkir", ["Question"] = "", ["Answer"] = "   ", ["StartsAt"] = "2027-02-18T08:00", ["EndsAt"] = "2027-02-17T08:00",
        }, Cancel);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"intent-salah\">Layanan “parkir” tidak dikenal", html, StringComparison.Ordinal);
        Assert.Contains("id=\"question-salah\">Tulis pertanyaannya.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"answer-salah\">Jawaban tidak boleh kosong.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"endsAt-salah\">Waktu selesai harus sesudah waktu mulai.", html, StringComparison.Ordinal);
        Assert.Equal(rows, app.RowCounts());
    }

    [Fact]
    public async Task TheListOfEveryEntryLoadsInAtMost100KB()
    {
        await using var app = new SaviraApp();
        await app.AddAccountAsync("auditor-uji", StaffRole.Auditor, Cancel);
        var auditor = app.BrowserClient();
        await auditor.SignInAsync(app, "auditor-uji", Cancel);

        var bytes = await auditor.GetByteArrayAsync("/console/pengetahuan", Cancel);
        var edit = await auditor.GetByteArrayAsync("/console/pengetahuan/1", Cancel);
        var history = await auditor.GetByteArrayAsync("/console/pengetahuan/1/riwayat", Cancel);

        TestContext.Current.TestOutputHelper?.WriteLine($"list {bytes.Length} B, edit {edit.Length} B, history {history.Length} B");
        Assert.InRange(bytes.Length, 1, 100 * 1024);
        Assert.InRange(edit.Length, 1, 100 * 1024);
        Assert.InRange(history.Length, 1, 100 * 1024);
        Assert.DoesNotContain("Simpan draf", System.Text.Encoding.UTF8.GetString(edit), StringComparison.Ordinal); // an auditor only reads
    }

    [GeneratedRegex("name=\"editVersion\" value=\"(\\d+)\"")]
    private static partial Regex EditVersion();
}
