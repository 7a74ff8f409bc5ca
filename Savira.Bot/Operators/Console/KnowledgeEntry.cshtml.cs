using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Knowledge;
using Savira.Bot.Operators.Regression;
using Savira.Core.Services.Faq;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// One knowledge entry: its draft edited with a live WhatsApp preview, published (by those allowed) with a note, or
/// deactivated. The form carries the entry's edit version, so saving over someone else's newer change is refused.
/// </summary>
public sealed class KnowledgeEntryModel(FaqStore store, TimeProvider clock, KnowledgePublishers publishers, RegressionGate gate) : PageModel
{
    public const string New = "baru";

    public FaqEntry? Entry { get; private set; }
    public KnowledgeForm Form { get; private set; } = new();
    public long EditVersion { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>Stored cases a publish or deactivation would make fail; it then waits for "… juga".</summary>
    public BrokenCasesForm? Stopped { get; private set; }
    public bool MayPublish => publishers.MayPublish(User);
    public FaqState? State => Entry?.State(clock.GetUtcNow());

    public IActionResult OnGet(string id, string? pesan)
    {
        if (!Load(id))
            return NotFound();
        Form = Entry is null ? new KnowledgeForm() : KnowledgeForm.From(Entry.Editing);
        Message = pesan switch
        {
            "disimpan" => "Draf tersimpan. Warga belum melihatnya sampai diterbitkan.",
            "contoh-dari-belum-terjawab" => "Cara warga bertanya dari kotak belum terjawab sudah ditambahkan ke draf entri ini. Terbitkan agar pertanyaan itu dijawab.",
            "dari-belum-terjawab" => "Draf dibuat dari pertanyaan yang belum terjawab; kelompoknya ditandai selesai. Periksa pratinjau, lalu terbitkan agar warga dijawab dengannya.",
            "terbit" => $"Versi {Entry?.PublishedVersion} terbit. Pesan warga berikutnya dijawab dengan isi ini.",
            "nonaktif" => "Entri dinonaktifkan; Savira tidak lagi menjawab dengannya.",
            _ => null,
        };
        return Page();
    }

    /// <summary>The preview of an answer as it is typed (the page's script asks for it).</summary>
    public ContentResult OnGetPreview(string? answer) => Content(WhatsAppPreview.Html(answer), "text/html; charset=utf-8");

    public async Task<IActionResult> OnPostSaveAsync(string id, KnowledgeForm form, long? editVersion, CancellationToken cancellationToken)
    {
        if (!Load(id))
            return NotFound();
        Form = form;
        var (content, errors) = form.ToInput().Check(clock.GetUtcNow());
        if (content is null)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (Entry is null)
        {
            var created = await store.CreateDraftAsync(content, User.NameOf(), cancellationToken);
            HttpContext.RecordChange($"faq {created.Id}", null, new { draft = content });
            return Redirect($"/console/pengetahuan/{created.Id}?pesan=disimpan");
        }
        var write = await store.SaveDraftAsync(Entry.Id, content, editVersion ?? -1, User.NameOf(), cancellationToken);
        if (write.Outcome != FaqOutcome.Done)
            return Refused(write.Outcome);
        HttpContext.RecordChange($"faq {Entry.Id}", new { draft = Entry.Editing }, new { draft = content });
        return Redirect($"/console/pengetahuan/{Entry.Id}?pesan=disimpan");
    }

    public async Task<IActionResult> OnPostPublishAsync(string id, string? note, long? editVersion, bool confirm, CancellationToken cancellationToken)
    {
        if (!Load(id) || Entry is null)
            return NotFound();
        Form = KnowledgeForm.From(Entry.Editing);
        if (!MayPublish)
            return Refused(KnowledgePublishers.Refusal, StatusCodes.Status403Forbidden);
        if (note is { Length: > 300 })
            return Refused("Catatan versi paling banyak 300 karakter.", StatusCodes.Status400BadRequest);
        var broken = Entry.Draft is null ? [] : await gate.CheckAsync(Entry.Id, KnowledgeChange.Publish(Entry.Id), cancellationToken);
        if (broken.Count > 0 && !confirm)
            return Stop(new BrokenCasesForm(broken, "Publish", Entry.Id, [("editVersion", Value(editVersion)), ("note", note)], "Terbitkan juga"));
        var write = await store.PublishAsync(Entry.Id, note?.Trim() ?? "", editVersion ?? -1, User.NameOf(), cancellationToken);
        if (write.Outcome != FaqOutcome.Done)
            return Refused(write.Outcome);
        HttpContext.RecordChange($"faq {Entry.Id}", new { Entry.PublishedVersion, content = Entry.PublishedVersion > 0 ? Entry.Published : null },
            new { write.Entry!.PublishedVersion, content = write.Entry.Published, brokenCases = broken.Count > 0 ? broken.Select(item => item.Key).ToList() : null });
        return Redirect($"/console/pengetahuan/{Entry.Id}?pesan=terbit");
    }

    public async Task<IActionResult> OnPostDeactivateAsync(string id, long? editVersion, bool confirm, CancellationToken cancellationToken)
    {
        if (!Load(id) || Entry is null)
            return NotFound();
        Form = KnowledgeForm.From(Entry.Editing);
        if (!MayPublish)
            return Refused(KnowledgePublishers.Refusal, StatusCodes.Status403Forbidden);
        var broken = Entry.Active ? await gate.CheckAsync(Entry.Id, KnowledgeChange.Deactivate(Entry.Id), cancellationToken) : [];
        if (broken.Count > 0 && !confirm)
            return Stop(new BrokenCasesForm(broken, "Deactivate", Entry.Id, [("editVersion", Value(editVersion))], "Nonaktifkan juga"));
        var write = await store.DeactivateAsync(Entry.Id, editVersion ?? -1, cancellationToken);
        if (write.Outcome != FaqOutcome.Done)
            return Refused(write.Outcome);
        HttpContext.RecordChange($"faq {Entry.Id}", new { Entry.Active }, new { write.Entry!.Active, brokenCases = broken.Count > 0 ? broken.Select(item => item.Key).ToList() : null });
        return Redirect($"/console/pengetahuan/{Entry.Id}?pesan=nonaktif");
    }

    /// <summary>The entry of the route, or none for a new one; false when the route names no entry.</summary>
    bool Load(string id)
    {
        if (id == New)
            return true;
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || store.Find(number) is not { } entry)
            return false;
        Entry = entry;
        EditVersion = entry.EditVersion;
        return true;
    }

    IActionResult Refused(FaqOutcome outcome) => outcome == FaqOutcome.NotFound
        ? NotFound()
        : Refused(FaqAdminEndpoints.Explain(outcome), outcome == FaqOutcome.Stale ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);

    /// <summary>The page again with the cases the change would break, and the edit version the editor started from.</summary>
    PageResult Stop(BrokenCasesForm stopped)
    {
        Stopped = stopped;
        EditVersion = long.TryParse(stopped.Fields[0].Value, CultureInfo.InvariantCulture, out var version) ? version : -1;
        return Refused(BrokenCasesForm.Refusal(stopped.Broken.Count), StatusCodes.Status409Conflict);
    }

    static string Value(long? editVersion) => (editVersion ?? -1).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The page again with the problem on top. After a conflict the form keeps what the editor typed but carries the
    /// entry's current edit version, so saving again is a deliberate choice to overwrite.
    /// </summary>
    PageResult Refused(string problem, int status)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Problems with the example phrasings, whichever line they are on.</summary>
    public string? ExamplesError() =>
        Errors.Where(pair => pair.Key.StartsWith("examples", StringComparison.Ordinal)).SelectMany(pair => pair.Value) is var messages && messages.Any() ? string.Join(" ", messages) : null;
}
