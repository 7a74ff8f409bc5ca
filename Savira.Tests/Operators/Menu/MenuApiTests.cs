using System.Net;
using System.Text.Json;
using Savira.Bot.Operators.Accounts;
using Savira.Tests.Support;

namespace Savira.Tests.Operators.Menu;

/// <summary>The main menu through the JSON API: the same checks as the console page, the next citizen gets it.</summary>
public sealed class MenuApiTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdminReplacesTheMenuInOnePutAndTheNextCitizenGetsItsOrder()
    {
        await using var app = new SaviraApp();
        using var admin = await app.ApiClientAsync("admin-menu-api", StaffRole.Admin, Cancel);

        using var put = await admin.PutAsync("/admin/api/menu", ServiceChat.Json("""{"items":[{"intent":"pdam","title":"Air PDAM"},{"intent":"pbb","title":"PBB rumah dan tanah"}]}"""), Cancel);
        var body = JsonDocument.Parse(await put.Content.ReadAsStringAsync(Cancel)).RootElement;
        var menu = string.Join('\n', await app.ChatAsync("menu", Cancel)).Replace("\r", "", StringComparison.Ordinal);
        var picked = string.Join('\n', await app.ChatAsync("2", Cancel));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["pdam", "pbb"], body.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("intent").GetString()));
        Assert.Contains("*1.* Air PDAM\n*2.* PBB rumah dan tanah", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("*3.*", menu, StringComparison.Ordinal);
        Assert.Contains("NOP", picked, StringComparison.Ordinal); // 2 is PBB now
    }

    [Theory]
    [InlineData("""{"items":[{"intent":"parkir","title":"Parkir"}]}""", "items[0].intent", "tidak dikenal")]
    [InlineData("""{"items":[{"intent":"pbb","title":" "}]}""", "items[0].title", "wajib diisi")]
    [InlineData("""{"items":[{"intent":"pbb","title":"PBB"},{"intent":"pbb","title":"PBB lagi"}]}""", "items[1].intent", "sekali")]
    [InlineData("""{"items":[]}""", "items", "paling sedikit satu")]
    [InlineData("""{}""", "items", "Kirim daftar")]
    public async Task AMenuWithAMistakeIsRefusedNamingTheFieldAndNothingChanges(string json, string field, string message)
    {
        await using var app = new SaviraApp();
        using var admin = await app.ApiClientAsync("admin-menu-salah", StaffRole.Admin, Cancel);
        var before = string.Join('\n', await app.ChatAsync("menu", Cancel));

        using var put = await admin.PutAsync("/admin/api/menu", ServiceChat.Json(json), Cancel);
        var errors = JsonDocument.Parse(await put.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains(message, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, string.Join('\n', await app.ChatAsync("menu", Cancel)));
    }
}
