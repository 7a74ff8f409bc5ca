using Microsoft.AspNetCore.Http.HttpResults;
using Savira.Bot.Operators.Access;
using Savira.Core.Data;
using Savira.Core.Services.Menu;
using Savira.Core.Understanding;

namespace Savira.Bot.Operators.Menu;

/// <summary>
/// /admin/api/menu: the main menu citizens get after "menu" or a greeting, as the console's menu page edits it. PUT
/// replaces it whole, in the order given (services left out are hidden), from the next message on.
/// </summary>
public static class MenuAdminEndpoints
{
    public static RouteGroupBuilder MapMenuAdmin(this RouteGroupBuilder admin)
    {
        var menu = admin.MapGroup("/menu");
        menu.MapGet("/", Get);
        menu.MapPut("/", Replace).Accepts<MenuRequest>("application/json");
        return admin;
    }

    static Ok<MenuView> Get(MainMenu menu) => TypedResults.Ok(View(menu));

    static async Task<IResult> Replace(HttpContext http, HttpRequest request, MainMenu menu, DatabaseWriter writer, CancellationToken cancellationToken)
    {
        var (input, problem) = await AdminJson.ReadAsync<MenuRequest>(request, cancellationToken);
        if (input is null)
            return problem!;
        if (input.Items is not { } sent)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["items"] = ["Kirim daftar \"items\": [{\"intent\": \"pbb\", \"title\": \"Pajak Bumi dan Bangunan\"}, …] sesuai urutan menu."] });
        var (items, errors) = MainMenuEdit.Check([.. sent.Select((item, i) => new MainMenuEdit.Line($"items[{i}]", item?.Intent, item?.Title, Shown: true, Order: i))]);
        if (errors.Any)
            return errors.ToProblem();
        var before = MainMenuEdit.Describe(menu.Items());
        await menu.ReplaceAsync(items, writer, cancellationToken);
        http.RecordChange("main menu", new { Items = before }, new { Items = MainMenuEdit.Describe(items) });
        return TypedResults.Ok(View(menu));
    }

    static MenuView View(MainMenu menu) => new(
        [.. menu.Items().Select(item => new MenuItemView(item.Position, item.Intent.ToId(), item.Title))],
        [.. MainMenuEdit.Choosable.Select(intent => intent.ToId())],
        menu.Text());

    sealed record MenuRequest
    {
        public List<MenuItemRequest?>? Items { get; init; }
    }

    sealed record MenuItemRequest
    {
        public string? Intent { get; init; }
        public string? Title { get; init; }
    }

    /// <summary>The menu as numbered, the services that may be put on it, and the message citizens get.</summary>
    sealed record MenuView(IReadOnlyList<MenuItemView> Items, IReadOnlyList<string> Choosable, string Text);

    sealed record MenuItemView(long Position, string Intent, string Title);
}
