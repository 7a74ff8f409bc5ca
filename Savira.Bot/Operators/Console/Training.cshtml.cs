using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Training;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// What the matcher learns from: example sentences per intent (listed, searched, added, removed) and the operators'
/// lexicon entries, with the model's state. Every change asks for a rebuild in the background.
/// </summary>
public sealed class TrainingModel(TrainingStore store, IntentModelTraining model) : PageModel
{
    public const int Shown = 100;
    public const string Path = "/console/pelatihan";

    public TrainingState State { get; private set; } = null!;
    public IReadOnlyList<TrainingStore.StoredExample> Examples { get; private set; } = [];
    public IReadOnlyList<(string Informal, string Formal)> Lexicon { get; private set; } = [];
    public string Intent { get; private set; } = "";
    public string Search { get; private set; } = "";
    public string? Message { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>What the add forms show after a refusal.</summary>
    public string NewText { get; private set; } = "";
    public string NewIntent { get; private set; } = "";
    public string NewInformal { get; private set; } = "";
    public string NewFormal { get; private set; } = "";

    public void OnGet(string? intent, string? q, string? selesai)
    {
        Message = selesai switch
        {
            "tambah" => "Contoh kalimat disimpan; model dilatih ulang di latar belakang.",
            "hapus" => "Contoh kalimat yang dicentang dihapus; model dilatih ulang di latar belakang.",
            "kamus" => "Entri kamus disimpan; model dilatih ulang di latar belakang.",
            _ => null,
        };
        Load(intent, q);
    }

    public async Task<IActionResult> OnPostAddAsync(string? text, string? intent, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var example = TrainingInput.ExampleText(errors, text);
        var service = KnowledgeFromUnanswered.Intent(errors, intent);
        if (errors.Any)
        {
            (NewText, NewIntent) = (text ?? "", intent ?? "");
            return Refused(errors);
        }
        var id = await store.AddExampleAsync(example, service, User.NameOf(), cancellationToken).ConfigureAwait(false);
        HttpContext.RecordChange($"training example {id}", null, new { Text = example, Intent = service.ToId() });
        model.RequestRetrain();
        return Redirect($"{Path}?selesai=tambah&intent={service.ToId()}");
    }

    /// <summary>Removes the examples ticked in the table.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(long[]? ids, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (ids is not { Length: > 0 and <= Shown })
            errors.Add("ids", $"Centang 1 sampai {Shown} contoh kalimat yang akan dihapus.");
        var removed = new List<TrainingStore.StoredExample>();
        foreach (var id in errors.Any ? [] : ids!.Distinct())
        {
            if (await store.RemoveExampleAsync(id, cancellationToken).ConfigureAwait(false) is { } example)
            {
                HttpContext.RecordChange($"training example {id}", new { example.Text, example.Intent }, null);
                removed.Add(example);
            }
        }
        if (!errors.Any && removed.Count == 0)
            errors.Add("ids", "Contoh kalimat yang dicentang sudah tidak ada.");
        if (errors.Any)
            return Refused(errors);
        model.RequestRetrain();
        return Redirect($"{Path}?selesai=hapus&intent={removed[0].Intent}");
    }

    public async Task<IActionResult> OnPostLexiconAsync(string? informal, string? formal, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var (word, standard) = TrainingInput.LexiconEntry(errors, informal, formal);
        if (errors.Any)
        {
            (NewInformal, NewFormal) = (informal ?? "", formal ?? "");
            return Refused(errors);
        }
        var before = store.LexiconEntries().Where(entry => entry.Informal == word).Select(entry => new { entry.Formal }).FirstOrDefault();
        await store.AddLexiconEntryAsync(word, standard, cancellationToken).ConfigureAwait(false);
        HttpContext.RecordChange($"lexicon {word}", before, new { Formal = standard });
        model.RequestRetrain();
        return Redirect($"{Path}?selesai=kamus");
    }

    PageResult Refused(FieldErrors errors)
    {
        Problems = [.. errors.Messages];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Load(null, null);
        return Page();
    }

    void Load(string? intent, string? q)
    {
        Intent? only = intent is not null && IntentIds.TryParse(intent.Trim(), out var known) ? known : null;
        Intent = only?.ToId() ?? "";
        Search = (q ?? "").Trim();
        if (Search.Length > 100)
            Search = Search[..100];
        State = TrainingState.Of(model, store);
        Examples = store.FindExamples(only, Search, Shown);
        Lexicon = store.LexiconEntries();
    }

    public static IEnumerable<string> Intents => IntentIds.All;
}
