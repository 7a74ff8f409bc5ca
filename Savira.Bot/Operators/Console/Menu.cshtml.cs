using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
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
    public const int MaxTitle = 60;

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

    /// <summary>What may be on the menu: every service, and a person.</summary>
    static IReadOnlyList<Intent> Choosable { get; } = [.. Enum.GetValues<Intent>().Where(intent => intent.IsService() && intent != Intent.Emergency)];

    public void OnGet(string? pesan)
    {
        Load();
        Message = pesan == "disimpan" ? "Menu disimpan. Pesan warga berikutnya mendapat menu ini." : null;
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var chosen = new List<(Intent Intent, string Title, int Order)>();
        foreach (var row in Rows)
        {
            if (!IntentIds.TryParse(row.Intent, out var intent) || !Choosable.Contains(intent))
            {
                Problems.Add($"Layanan “{row.Intent}” tidak dikenal.");
                continue;
            }
            var title = row.Title?.Trim() ?? "";
            if (row.Shown && title.Length == 0)
                Problems.Add($"Judul untuk {intent.ToId()} wajib diisi bila ditampilkan.");
            else if (title.Length > MaxTitle)
                Problems.Add($"Judul untuk {intent.ToId()} paling panjang {MaxTitle} karakter; sekarang {title.Length}.");
            else if (row.Shown)
                chosen.Add((intent, title, row.Order));
        }
        if (Rows.Select(row => row.Intent).Distinct(StringComparer.Ordinal).Count() != Rows.Count)
            Problems.Add("Satu layanan hanya boleh muncul sekali.");
        if (Problems.Count == 0 && chosen.Count == 0)
            Problems.Add("Tampilkan paling sedikit satu layanan.");
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var before = menu.Items().Select(item => $"{item.Position}. {item.Title} ({item.Intent.ToId()})").ToList();
        var ordered = chosen.OrderBy(item => item.Order).Select(item => (item.Intent, item.Title)).ToList();
        await menu.ReplaceAsync(ordered, writer, cancellationToken).ConfigureAwait(false);
        HttpContext.RecordChange("main menu", new { Items = string.Join(" | ", before) },
            new { Items = string.Join(" | ", ordered.Select((item, i) => $"{i + 1}. {item.Title} ({item.Intent.ToId()})")) });
        return Redirect("/console/menu?pesan=disimpan");
    }

    void Load()
    {
        var items = menu.Items();
        Rows = [.. items.Select(item => new Row { Intent = item.Intent.ToId(), Title = item.Title, Order = (int)item.Position, Shown = true })
            .Concat(Choosable.Where(intent => items.All(item => item.Intent != intent))
                .Select((intent, i) => new Row { Intent = intent.ToId(), Title = "", Order = items.Count + i + 1, Shown = false }))];
    }
}
