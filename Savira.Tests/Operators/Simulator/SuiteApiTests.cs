using System.Net;
using System.Text.Json;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Simulator;

/// <summary>Conversation suites through the JSON API: stored, read back, refused whole when a case is wrong, deleted.</summary>
public sealed class SuiteApiTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    const string Cases = """[{"id": "sapaan-pagi", "turns": ["selamat pagi min"], "forbid": ["NOP"]}]""";

    [Fact]
    public async Task AnEditorStoresASuiteReadsItBackRenamesItAndDeletesIt()
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-suite-api", StaffRole.Editor, Cancel);

        using var created = await editor.PostAsync("/admin/api/suites", ServiceChat.Json($$"""{"name":"sapaan","cases":{{Cases}}}"""), Cancel);
        var location = created.Headers.Location!.OriginalString;
        var stored = JsonDocument.Parse(await editor.GetStringAsync(location, Cancel)).RootElement;
        using var renamed = await editor.PutAsync(location, ServiceChat.Json($$"""{"name":"sapaan pagi","cases":{{Cases}}}"""), Cancel);
        var list = JsonDocument.Parse(await editor.GetStringAsync("/admin/api/suites", Cancel)).RootElement;
        using var deleted = await editor.DeleteAsync(location, Cancel);
        using var gone = await editor.GetAsync(location, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("sapaan-pagi", stored.GetProperty("cases")[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var summary = Assert.Single(list.EnumerateArray());
        Assert.Equal("sapaan pagi", summary.GetProperty("name").GetString());
        Assert.Equal(1, summary.GetProperty("cases").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(0, app.Count("conversation_suites"));
    }

    [Theory]
    [InlineData("""{"name":"salah","cases":[{"id":"a","expect":["x"]}]}""", "cases", "kasus 1 (a): \"turns\" belum ada")]
    [InlineData("""{"name":"salah","cases":[{"id":"a","turns":["halo"],"expect":["(rusak"]}]}""", "cases", "kurung ( belum ditutup")]
    [InlineData("""{"name":" ","cases":[{"id":"a","turns":["halo"],"expect":["x"]}]}""", "name", "Nama suite wajib diisi")]
    [InlineData("""{"name":"tanpa kasus"}""", "cases", "Kirim \"cases\"")]
    public async Task ASuiteWithAMistakeIsRefusedNamingTheFieldInIndonesian(string json, string field, string message)
    {
        await using var app = new SaviraApp();
        using var editor = await app.ApiClientAsync("editor-suite-salah", StaffRole.Editor, Cancel);

        using var refused = await editor.PostAsync("/admin/api/suites", ServiceChat.Json(json), Cancel);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.Count("conversation_suites"));
    }
}
