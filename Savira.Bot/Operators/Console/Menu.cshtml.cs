using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Menu;
using Savira.Core.Data;
using Savira.Core.Services.Menu;
using Savira.Core.Understanding;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// The main menu as citizens get it after "menu" or a greeting: admins reorder, retitle, hide and show its items;
/// editors and auditors look. Saved in one write and answered from the next message on; a number picks what its line
/// says.
/// </summary>
public sealed class MenuModel(MainMenu menu, DatabaseWriter writer) : PageModel
{
    public sealed class Row
    {
        public string Intent { get; set; } = "";
        public string? Title { get; set; }
        public int Order { get; set; }
        public bool Shown { get; set; }
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    public string? Message { get; private set; }
    public List<string> Problems { get; } = [];
    public string Preview => Knowledge.WhatsAppPreview.Html(menu.Text());

    public void OnGet(string? pesan)
    {
        Load();
        Message = pesan == "disimpan" ? "Menu disimpan. Pesan warga berikutnya mendapat menu ini." : null;
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var (items, errors) = MainMenuEdit.Check([.. Rows.Select((row, i) => new MainMenuEdit.Line($"Rows[{i}]", row.Intent, row.Title, row.Shown, row.Order))]);
        if (errors.Any)
        {
            Problems.AddRange(errors.Messages);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var before = MainMenuEdit.Describe(menu.Items());
        await menu.ReplaceAsync(items, writer, cancellationToken).ConfigureAwait(false);
        HttpContext.RecordChange("main menu", new { Items = before }, new { Items = MainMenuEdit.Describe(items) });
        return Redirect("/console/menu?pesan=disimpan");
    }

    void Load()
    {
        var items = menu.Items();
        Rows = [.. items.Select(item => new Row { Intent = item.Intent.ToId(), Title = item.Title, Order = (int)item.Position, Shown = true })
            .Concat(MainMenuEdit.Choosable.Where(intent => items.All(item => item.Intent != intent))
                .Select((intent, i) => new Row { Intent = intent.ToId(), Title = "", Order = items.Count + i + 1, Shown = false }))];
    }
}
