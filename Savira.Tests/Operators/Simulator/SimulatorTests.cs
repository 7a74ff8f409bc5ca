using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Faq;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Simulator;

/// <summary>
/// The simulator and the regression gate through the real host: the engine answers from the published knowledge or the
/// drafts, nothing reaches the live database, and a stored case a draft would break holds publishing until confirmed.
/// </summary>
public sealed class SimulatorTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Test data made up for these tests (not a real service): a night counter, Thursday when published, Wednesday in the draft.
    const string Published = "Loket Malam Adminduk buka setiap Kamis 18.00–21.00 WIB di lobi Balai Kota.";
    const string Drafted = "Loket Malam Adminduk kini buka setiap Rabu 19.00–22.00 WIB di lobi Balai Kota.";
    const string CitizenAsks = "mau urus ktp di dukcapil, ada loket malam nggak?";
    const string Suite = """
        [
          {"id": "loket-malam-hari", "turns": ["mau urus ktp di dukcapil, ada loket malam nggak?"], "expect": ["kamis"], "forbid": ["belum memahami"]}
        ]
        """;

    /// <summary>The night-counter entry, published with <see cref="Published"/> and with <see cref="Drafted"/> as its draft.</summary>
    internal static async Task<long> NightCounterAsync(SaviraApp app)
    {
        var store = app.Services.GetRequiredService<FaqStore>();
        var content = new FaqContent("kependudukan", "Apakah ada loket adminduk malam hari di Balai Kota?", Published,
            ["loket malam dukcapil", "dukcapil buka malam", "urus ktp malam hari", "adminduk malam di balai kota"]) { Source = "Contoh data uji (bukan fakta)", CheckedOn = new DateOnly(2026, 12, 1) };
        var entry = await store.CreateDraftAsync(content, "uji", Cancel);
        await store.PublishAsync(entry.Id, "", null, "uji", Cancel);
        await store.SaveDraftAsync(entry.Id, content with { Answer = Drafted }, null, "uji", Cancel);
        return entry.Id;
    }

    /// <summary>Sends <paramref name="text"/> in the simulator and returns the page it leads to, decoded.</summary>
    static async Task<(string Page, string Conversation)> SendAsync(HttpClient client, string text, string source, string conversation = "")
    {
        var page = await client.GetStringAsync("/console/simulator", Cancel);
        using var sent = await client.PostFormAsync("/console/simulator?handler=Send", page,
            new Dictionary<string, string> { ["text"] = text, ["source"] = source, ["conversation"] = conversation }, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var location = sent.Headers.Location!.OriginalString;
        var id = location.Split("percakapan=")[1].Split('#')[0];
        return (WebUtility.HtmlDecode(await client.GetStringAsync(location, Cancel)), id);
    }

    [Fact]
    public async Task TheSimulatorAnswersWithTheDraftWhenDraftsAreChosenAndWithThePublishedTextOtherwise()
    {
        await using var app = new SaviraApp();
        await NightCounterAsync(app);
        using var editor = await app.SignedInClientAsync("editor-simulator", StaffRole.Editor, Cancel);

        var (drafts, _) = await SendAsync(editor, CitizenAsks, "draf");
        var (published, _) = await SendAsync(editor, CitizenAsks, "terbit");
        var citizen = string.Join("\n", await app.ChatAsync(CitizenAsks, Cancel));

        Assert.Contains(Drafted, drafts, StringComparison.Ordinal);
        Assert.DoesNotContain(Published, drafts, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"intent\">kependudukan</dd>", drafts, StringComparison.Ordinal);
        Assert.Contains("Apakah ada loket adminduk malam hari di Balai Kota?", drafts, StringComparison.Ordinal); // the entry that answered
        Assert.Contains(Published, published, StringComparison.Ordinal);
        Assert.DoesNotContain(Drafted, published, StringComparison.Ordinal);
        Assert.Contains(Published, citizen, StringComparison.Ordinal); // citizens still hear the published text
    }

    [Fact]
    public async Task AConversationKeepsItsSessionUntilReset()
    {
        await using var app = new SaviraApp();
        await NightCounterAsync(app);
        using var auditor = await app.SignedInClientAsync("auditor-simulator", StaffRole.Auditor, Cancel);

        var (_, id) = await SendAsync(auditor, CitizenAsks, "terbit");
        var (second, again) = await SendAsync(auditor, "jam berapa tutupnya?", "terbit", id);
        var page = await auditor.GetStringAsync($"/console/simulator?percakapan={id}", Cancel);
        using var reset = await auditor.PostFormAsync("/console/simulator?handler=Reset", page, new Dictionary<string, string> { ["conversation"] = id }, Cancel);
        var afterReset = WebUtility.HtmlDecode(await auditor.GetStringAsync($"/console/simulator?percakapan={id}", Cancel));

        Assert.Equal(id, again);
        Assert.Contains(CitizenAsks, second, StringComparison.Ordinal); // the first turn is still shown
        Assert.Equal(2, second.Split("<dd class=\"intent\">kependudukan</dd>").Length - 1); // the follow-up stayed on the topic
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.DoesNotContain(CitizenAsks, afterReset, StringComparison.Ordinal);
        Assert.Contains("Belum ada pesan", afterReset, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASimulatorConversationLeavesNoTraceForRealCitizensOrOfficers()
    {
        await using var app = new SaviraApp();
        using var editor = await app.SignedInClientAsync("editor-jejak", StaffRole.Editor, Cancel);
        using var admin = app.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.IssueTokenAsync(await app.AddAccountAsync("admin-jejak", StaffRole.Admin, Cancel), Cancel));
        var rows = app.RowCounts();

        var (page, _) = await SendAsync(editor, "tolong sambungkan saya ke petugas manusia", "terbit");
        var handoffs = JsonDocument.Parse(await admin.GetStringAsync("/admin/api/handoffs", Cancel)).RootElement;
        var after = app.RowCounts();

        Assert.Contains("<dd class=\"intent\">handoff</dd>", page, StringComparison.Ordinal); // the engine did start a handoff, in the copy
        Assert.Equal(0, handoffs.ValueKind == JsonValueKind.Array ? handoffs.GetArrayLength() : handoffs.GetProperty("handoffs").GetArrayLength());
        foreach (var table in new[] { "handoffs", "handoff_messages", "outbox", "inbound_messages", "outbound_messages", "sessions", "unanswered_messages" })
            Assert.Equal(rows.GetValueOrDefault(table), after.GetValueOrDefault(table));
        Assert.Equal(0, app.OpenDatabase().ExecuteScalar<long>("SELECT COUNT(*) FROM outbox"));
    }
}
