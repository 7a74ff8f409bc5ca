using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Knowledge;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Bot.Operators.Console;

/// <summary>The knowledge entries of every service: searched by their text, filtered by service and by state.</summary>
public sealed class KnowledgeModel(FaqStore store, TimeProvider clock, KnowledgeImports imports) : PageModel
{
    /// <summary>The state filter's values: the states, and "draf" for every entry with unpublished changes.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> States =
    [
        ("terbit", "Terbit"), ("draf", "Ada draf belum terbit"), ("terjadwal", "Terjadwal"), ("berakhir", "Berakhir"), ("nonaktif", "Tidak aktif"),
    ];

    public static IReadOnlyList<string> Services { get; } = [.. IntentIds.All.Order(StringComparer.Ordinal)];

    public sealed record Row(FaqEntry Entry, FaqState State);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public string Query { get; private set; } = "";
    public string Service { get; private set; } = "";
    public string Status { get; private set; } = "";

    public void OnGet(string? q, string? layanan, string? status)
    {
        Query = (q ?? "").Trim();
        Service = Services.Contains(layanan ?? "") ? layanan! : "";
        Status = States.Any(state => state.Value == status) ? status! : "";
        var now = clock.GetUtcNow();
        var all = store.ListForEditing();
        Total = all.Count;
        Rows = [.. all.Select(entry => new Row(entry, entry.State(now))).Where(Matches)];
    }

    /// <summary>Every entry as CSV (<see cref="KnowledgeCsv"/>), the same file as GET /admin/api/faq/export.csv.</summary>
    public FileContentResult OnGetCsv() => File(imports.Export(), "text/csv; charset=utf-8", FaqCsvEndpoints.FileName(clock.GetUtcNow()));

    bool Matches(Row row)
    {
        var content = row.Entry.Editing;
        if (Service.Length > 0 && row.Entry.Intent != Service && content.Intent != Service)
            return false;
        var stateMatches = Status switch
        {
            "" => true,
            "draf" => row.Entry.Draft is not null,
            "terbit" => row.State == FaqState.Published,
            "terjadwal" => row.State == FaqState.Scheduled,
            "berakhir" => row.State == FaqState.Ended,
            _ => row.State == FaqState.Inactive,
        };
        return stateMatches && (Query.Length == 0 || Contains(row.Entry.Published, Query) || Contains(content, Query));
    }

    static bool Contains(FaqContent content, string query) =>
        content.Question.Contains(query, StringComparison.OrdinalIgnoreCase) || content.Answer.Contains(query, StringComparison.OrdinalIgnoreCase)
        || content.Examples.Any(example => example.Contains(query, StringComparison.OrdinalIgnoreCase));
}
