using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Savira.Core.Services.Menu;
using Savira.Tests.Support;

namespace Savira.Tests.Services;

public sealed class MainMenuTests
{
    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnEditedMenuShowsOnceTheCacheIsInvalidated()
    {
        await using var app = new SaviraApp();
        Assert.Contains("*3.* Air PDAM Tirta Moedal", Assert.Single(await app.ChatAsync("menu", Cancel)), StringComparison.Ordinal);

        using (var connection = app.OpenDatabase())
            connection.Execute("UPDATE menu_items SET title = 'Air minum (PDAM)' WHERE position = 3");
        app.Services.GetRequiredService<MainMenu>().Invalidate();

        var menu = Assert.Single(await app.ChatAsync("menu", Cancel));
        Assert.Contains("*3.* Air minum (PDAM)", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("Tirta Moedal", menu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditedMenuShowsWithoutInvalidationAfterTheFreshnessPeriod()
    {
        await using var app = new SaviraApp();
        Assert.Contains("*10.* Bicara dengan petugas", Assert.Single(await app.ChatAsync("menu", Cancel)), StringComparison.Ordinal);

        using (var connection = app.OpenDatabase())
            connection.Execute("UPDATE menu_items SET title = 'Hubungi petugas' WHERE position = 10");
        app.Clock.Advance(MainMenu.FreshFor + TimeSpan.FromSeconds(1));

        Assert.Contains("*10.* Hubungi petugas", Assert.Single(await app.ChatAsync("menu", Cancel)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMenuNumberPicksFromTheEditedMenu()
    {
        await using var app = new SaviraApp();
        await app.ChatAsync("menu", Cancel);

        using (var connection = app.OpenDatabase())
            connection.Execute("UPDATE menu_items SET position = 11 WHERE position = 3");
        app.Services.GetRequiredService<MainMenu>().Invalidate();

        Assert.Contains("pilihan *3* tidak ada", Assert.Single(await app.ChatAsync("3", Cancel)), StringComparison.Ordinal);
        Assert.Contains("PDAM Tirta Moedal", Assert.Single(await app.ChatAsync("11", Cancel)), StringComparison.Ordinal);
    }
}
