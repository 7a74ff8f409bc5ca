using Savira.Core.Services.Menu;
using Savira.Core.Understanding;

namespace Savira.Bot.Operators.Menu;

/// <summary>
/// A new main menu as staff send it (from the console's rows or the API's list), checked once for both: known services
/// that may be on the menu, each once, a title for every shown one, at least one shown.
/// </summary>
public static class MainMenuEdit
{
    public const int MaxTitle = 60;

    /// <summary>One line as sent: <paramref name="Field"/> names it in an error ("items[2]").</summary>
    public sealed record Line(string Field, string? Intent, string? Title, bool Shown, int Order);

    /// <summary>What may be on the menu: every service, and a person.</summary>
    public static IReadOnlyList<Intent> Choosable { get; } = [.. Enum.GetValues<Intent>().Where(intent => intent.IsService() && intent != Intent.Emergency)];

    /// <summary>The shown items in their order, or the problems (each with the field it is about).</summary>
    public static (IReadOnlyList<(Intent Intent, string Title)> Items, FieldErrors Errors) Check(IReadOnlyList<Line> lines)
    {
        var errors = new FieldErrors();
        var chosen = new List<(Intent Intent, string Title, int Order)>();
        var seen = new HashSet<Intent>();
        foreach (var line in lines)
        {
            if (!IntentIds.TryParse(line.Intent ?? "", out var intent) || !Choosable.Contains(intent))
            {
                errors.Add($"{line.Field}.intent", $"Layanan “{line.Intent}” tidak dikenal. Pilih salah satu: {string.Join(", ", Choosable.Select(choice => choice.ToId()))}.");
                continue;
            }
            if (!seen.Add(intent))
            {
                errors.Add($"{line.Field}.intent", $"Layanan {intent.ToId()} sudah ada di menu; satu layanan hanya boleh muncul sekali.");
                continue;
            }
            var title = line.Title?.Trim() ?? "";
            if (line.Shown && title.Length == 0)
                errors.Add($"{line.Field}.title", $"Judul untuk {intent.ToId()} wajib diisi bila ditampilkan.");
            else if (title.Length > MaxTitle)
                errors.Add($"{line.Field}.title", $"Judul untuk {intent.ToId()} paling panjang {MaxTitle} karakter; sekarang {title.Length}.");
            else if (line.Shown)
                chosen.Add((intent, title, line.Order));
        }
        if (!errors.Any && chosen.Count == 0)
            errors.Add("items", "Tampilkan paling sedikit satu layanan.");
        return (errors.Any ? [] : [.. chosen.OrderBy(item => item.Order).Select(item => (item.Intent, item.Title))], errors);
    }

    /// <summary>The menu as one line for the audit row: "1. PBB (pbb) | 2. …".</summary>
    public static string Describe(IEnumerable<(Intent Intent, string Title)> items) =>
        string.Join(" | ", items.Select((item, i) => $"{i + 1}. {item.Title} ({item.Intent.ToId()})"));

    public static string Describe(IEnumerable<MenuItem> items) => Describe(items.Select(item => (item.Intent, item.Title)));
}
