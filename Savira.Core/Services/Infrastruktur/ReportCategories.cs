namespace Savira.Core.Services.Infrastruktur;

/// <summary>The kinds of report, their labels, and the words that name them in a message.</summary>
public static class ReportCategories
{
    public static IReadOnlyList<(string Id, string Label, string[] Words)> All { get; } =
    [
        ("jalan", "Jalan rusak/berlubang", ["jalan rusak", "jalan berlubang", "berlubang", "lubang", "aspal", "jalan retak", "jalan ambles", "jalan"]),
        ("lampu", "Lampu PJU mati", ["pju", "lampu jalan", "lampu", "penerangan jalan", "gelap"]),
        ("saluran", "Saluran mampet/banjir", ["saluran", "selokan", "got", "gorong gorong", "drainase", "mampet", "tersumbat", "banjir", "genangan", "rob"]),
        ("jembatan", "Jembatan rusak", ["jembatan"]),
        ("lainnya", "Lainnya", ["lainnya", "lain lain", "lain"]),
    ];

    public static string Label(string id) => All.FirstOrDefault(category => category.Id == id).Label ?? id;

    /// <summary>The category the text names; the most specific words are tried first, so "lampu jalan" is a street light.</summary>
    public static string? Find(string padded)
    {
        string? best = null;
        var bestLength = 0;
        foreach (var (id, _, words) in All)
        {
            foreach (var word in words)
            {
                if (word.Length > bestLength && padded.Contains($" {word} ", StringComparison.Ordinal))
                    (best, bestLength) = (id, word.Length);
            }
        }
        return best;
    }
}
