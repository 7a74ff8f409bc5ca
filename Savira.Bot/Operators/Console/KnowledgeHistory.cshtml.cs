using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Knowledge;
using Savira.Bot.Operators.Regression;
using Savira.Core.Services.Faq;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// An entry's published versions: who published each and why, any version side by side with the one before it (or
/// the draft beside what is published), and rollback to any of them in one step.
/// </summary>
public sealed class KnowledgeHistoryModel(FaqStore store, KnowledgePublishers publishers, RegressionGate gate) : PageModel
{
    public sealed record Side(string Title, FaqContent Content);

    public FaqEntry Entry { get; private set; } = null!;
    public IReadOnlyList<FaqVersion> Versions { get; private set; } = [];
    public (Side Before, Side After)? Comparison { get; private set; }
    public int? Shown { get; private set; }
    public string? Message { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>Stored cases the rollback would make fail; it then waits for "Terbitkan lagi juga".</summary>
    public BrokenCasesForm? Stopped { get; private set; }
    public bool MayPublish => publishers.MayPublish(User);

    public IActionResult OnGet(long id, int? versi, string? pesan)
    {
        if (!Load(id, versi))
            return NotFound();
        Message = pesan == "kembali" ? $"Versi {Entry.PublishedVersion} terbit dengan isi versi lama. Pesan warga berikutnya dijawab dengan isi ini." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(long id, int version, long? editVersion, bool confirm, CancellationToken cancellationToken)
    {
        if (!Load(id, null))
            return NotFound();
        if (!MayPublish)
            return Refused(KnowledgePublishers.Refusal, StatusCodes.Status403Forbidden);
        var broken = Versions.Any(candidate => candidate.Version == version) ? await gate.CheckAsync(id, KnowledgeChange.Rollback(id, version), cancellationToken) : [];
        if (broken.Count > 0 && !confirm)
        {
            Stopped = new BrokenCasesForm(broken, "Rollback", id,
                [("version", version.ToString(CultureInfo.InvariantCulture)), ("editVersion", (editVersion ?? -1).ToString(CultureInfo.InvariantCulture))], $"Terbitkan lagi versi {version} juga");
            return Refused(BrokenCasesForm.Refusal(broken.Count), StatusCodes.Status409Conflict);
        }
        var before = Entry;
        var write = await store.RollbackAsync(id, version, $"Kembali ke versi {version}", editVersion ?? -1, User.NameOf(), cancellationToken);
        if (write.Outcome == FaqOutcome.NotFound)
            return NotFound();
        if (write.Outcome != FaqOutcome.Done)
            return Refused(FaqAdminEndpoints.Explain(write.Outcome, version), write.Outcome == FaqOutcome.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        HttpContext.RecordChange($"faq {id}", new { before.PublishedVersion, content = before.Published }, new { write.Entry!.PublishedVersion, content = write.Entry.Published, rolledBackTo = version, brokenCases = broken.Count > 0 ? broken.Select(item => item.Key).ToList() : null });
        return Redirect($"/console/pengetahuan/{id}/riwayat?pesan=kembali");
    }

    bool Load(long id, int? version)
    {
        if (store.Find(id) is not { } entry)
            return false;
        Entry = entry;
        Versions = store.Versions(id);
        var shown = version is { } chosen ? Versions.FirstOrDefault(candidate => candidate.Version == chosen) : null;
        if (shown is null && entry.Draft is { } draft)
        {
            var published = Versions.FirstOrDefault(candidate => candidate.Version == entry.PublishedVersion);
            Comparison = (published is null ? new Side("Belum pernah terbit", Empty(draft.Content)) : new Side($"Versi {published.Version} (terbit)", published.Content),
                new Side("Draf belum terbit", draft.Content));
            return true;
        }
        shown ??= Versions.Count > 0 ? Versions[0] : null;
        if (shown is null)
            return true;
        Shown = shown.Version;
        var previous = Versions.FirstOrDefault(candidate => candidate.Version < shown.Version);
        Comparison = (previous is null ? new Side("Sebelumnya kosong", Empty(shown.Content)) : new Side($"Versi {previous.Version}", previous.Content),
            new Side($"Versi {shown.Version}", shown.Content));
        return true;
    }

    static FaqContent Empty(FaqContent like) => new(like.Intent, "", "", []);

    PageResult Refused(string problem, int status)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The fields compared, as text.</summary>
    public static IEnumerable<(string Label, string Before, string After)> Fields(FaqContent before, FaqContent after)
    {
        yield return ("Pertanyaan", before.Question, after.Question);
        yield return ("Jawaban", before.Answer, after.Answer);
        yield return ("Contoh pertanyaan", string.Join('\n', before.Examples), string.Join('\n', after.Examples));
        yield return ("Sumber", before.Source, after.Source);
        yield return ("Diperiksa", before.CheckedOn?.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "", after.CheckedOn?.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        yield return ("Masa berlaku", before.Question.Length == 0 ? "" : KnowledgeForm.Window(before), KnowledgeForm.Window(after));
    }
}
