using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Regression;
using Savira.Core.Replies;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Training;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// One group of the unanswered inbox and what to do with it: a new knowledge entry prefilled with its phrasings, its
/// phrasings as training examples of an intent, a case of a stored suite (so the answer written for it keeps being
/// given), or ignoring it.
/// </summary>
public sealed class UnansweredGroupModel(UnansweredGroups groups, KnowledgeFromUnanswered actions, SuiteStore suites, TimeProvider clock) : PageModel
{
    /// <summary>What a case from the inbox forbids at first: Savira's fallbacks, which is how the question went unanswered.</summary>
    public const string FallbackPattern = "belum menangkap maksud|belum termasuk layanan";

    public IReadOnlyList<StoredSuite> Suites => suites.List();

    public UnansweredGroup? Group { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>What the forms show: the group's own on first load, what was sent after a refusal.</summary>
    public string Intent { get; private set; } = "";
    public string Examples { get; private set; } = "";
    public string Question { get; private set; } = "";
    public string Answer { get; private set; } = "";
    public string Source { get; private set; } = "";
    public string CheckedOn { get; private set; } = "";

    /// <summary>Without a group (no key, or every message of it handled meanwhile) the page says so and links back.</summary>
    public void OnGet(string? key)
    {
        if (!Load(key))
            return;
        Intent = Group!.BestIntent ?? "";
        Examples = string.Join('\n', Group.Samples);
        Question = Group.Samples.Count > 0 ? Group.Samples[0] : "";
        CheckedOn = StoredDay(Wib.Today(clock.GetUtcNow()));
    }

    public async Task<IActionResult> OnPostExamplesAsync(string? key, string? intent, string? examples, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var trimmed = KnowledgeFromUnanswered.Key(errors, key);
        var service = KnowledgeFromUnanswered.Intent(errors, intent);
        var phrasings = KnowledgeFromUnanswered.Examples(errors, Lines(examples), required: true);
        if (errors.Any)
            return Refused(key, errors, intent, examples);
        await actions.AddExamplesAsync(trimmed, service, phrasings, User.NameOf(), cancellationToken).ConfigureAwait(false);
        HttpContext.RecordChange($"unanswered {trimmed}", null, new { Handled = $"examples {service.ToId()}", Examples = phrasings });
        return Redirect(UnansweredModel.Path + "?selesai=contoh");
    }

    /// <summary>The phrasings join an existing entry's examples as its draft; the entry page opens to publish it.</summary>
    public async Task<IActionResult> OnPostEntryExamplesAsync(string? key, long? entry, string? examples, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var trimmed = KnowledgeFromUnanswered.Key(errors, key);
        if (entry is not > 0)
            errors.Add("entry", "Tulis nomor entri pengetahuan (lihat halaman Pengetahuan).");
        var phrasings = KnowledgeFromUnanswered.Examples(errors, Lines(examples), required: true, KnowledgeFromUnanswered.MaxQuestion);
        if (errors.Any)
            return Refused(key, errors, null, examples);
        var (write, before, tooMany) = await actions.AddToEntryAsync(trimmed, entry!.Value, phrasings, User.NameOf(), cancellationToken).ConfigureAwait(false);
        if (tooMany)
            errors.Add("examples", $"Entri itu akan punya lebih dari {KnowledgeFromUnanswered.MaxExamples} contoh pertanyaan; pilih yang paling mewakili.");
        else if (write.Outcome == Core.Services.Faq.FaqOutcome.NotFound)
            errors.Add("entry", $"Tidak ada entri pengetahuan nomor {entry}.");
        else if (write.Outcome == Core.Services.Faq.FaqOutcome.Stale)
            errors.Add("entry", "Entri itu baru saja diubah orang lain; coba lagi.");
        if (errors.Any)
            return Refused(key, errors, null, examples);
        HttpContext.RecordChange($"faq {entry}", new { before!.Editing.Examples }, new { write.Entry?.Editing.Examples });
        HttpContext.RecordChange($"unanswered {trimmed}", null, new { Handled = $"faq {entry} examples" });
        return Redirect($"/console/pengetahuan/{entry}?pesan=contoh-dari-belum-terjawab");
    }

    public async Task<IActionResult> OnPostEntryAsync(string? key, string? intent, string? question, string? answer, string? examples, string? source,
        string? checkedOn, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var trimmed = KnowledgeFromUnanswered.Key(errors, key);
        var content = actions.Entry(errors, intent, question, answer, Lines(examples), source, checkedOn);
        if (errors.Any)
        {
            Question = question ?? "";
            Answer = answer ?? "";
            Source = source ?? "";
            CheckedOn = checkedOn ?? "";
            return Refused(key, errors, intent, examples);
        }
        var entry = await actions.MakeEntryAsync(trimmed, content!, User.NameOf(), cancellationToken).ConfigureAwait(false);
        HttpContext.RecordChange($"faq {entry.Id}", null, entry);
        HttpContext.RecordChange($"unanswered {trimmed}", null, new { Handled = $"faq {entry.Id}" });
        return Redirect($"/console/pengetahuan/{entry.Id}?pesan=dari-belum-terjawab"); // a draft: the next step is to check and publish it
    }

    /// <summary>The group's most frequent phrasing (masked, as stored) becomes a case of a stored suite.</summary>
    public async Task<IActionResult> OnPostAddCaseAsync(string? key, long suite, string? caseId, string? expect, string? forbid, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        KnowledgeFromUnanswered.Key(errors, key);
        if (!Load(key))
            return Refused(key, errors, null, null);
        if (suites.Find(suite) is not { } target)
        {
            errors.Add("suite", "Pilih suite uji (buat dulu di halaman Suite uji bila belum ada).");
            return Refused(key, errors, null, null);
        }
        var save = await suites.AddCaseAsync(target, new SuiteStore.NewCase(caseId ?? "", [Group!.Samples[0]], expect, forbid,
            $"Dari kotak belum terjawab ({Group.Count} pesan), {User.NameOf()}"), User.NameOf(), cancellationToken);
        if (save.Saved is not { } saved)
        {
            foreach (var problem in save.Gone ? ["Suite itu sudah dihapus orang lain."] : (string[])[.. save.NameProblems, .. save.CaseProblems])
                errors.Add("case", problem);
            return Refused(key, errors, null, null);
        }
        HttpContext.RecordChange($"suite {saved.Id}", new { target.Json }, new { saved.Json });
        return Redirect($"{SuitesModel.Path}?suite={saved.Id}&selesai=kasus");
    }

    public async Task<IActionResult> OnPostIgnoreAsync(string? key, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var trimmed = KnowledgeFromUnanswered.Key(errors, key);
        if (errors.Any)
            return Refused(key, errors, null, null);
        var before = await groups.IgnoreAsync(trimmed, User.NameOf(), cancellationToken).ConfigureAwait(false);
        HttpContext.RecordChange($"unanswered {trimmed}", new { Ignored = before.IgnoredAt is not null }, new { Ignored = true });
        return Redirect(UnansweredModel.Path + "?selesai=abaikan");
    }

    PageResult Refused(string? key, FieldErrors errors, string? intent, string? examples)
    {
        Response.StatusCode = Load(key) ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
        Problems = [.. errors.Messages];
        Intent = intent ?? "";
        Examples = examples ?? "";
        if (CheckedOn.Length == 0)
            CheckedOn = StoredDay(Wib.Today(clock.GetUtcNow()));
        return Page();
    }

    bool Load(string? key)
    {
        Group = string.IsNullOrWhiteSpace(key) || key.Length > QuestionGroupKey.MaxLength ? null : groups.Find(key.Trim());
        return Group is not null;
    }

    static string[] Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    static string StoredDay(DateOnly day) => Core.Data.StoredTime.Day(day);

    public static IEnumerable<string> Intents => IntentIds.All;
}
