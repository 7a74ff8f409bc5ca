using Savira.Core.Services.Faq;
using Savira.Core.Understanding;
using Savira.Core.Understanding.Training;

namespace Savira.Bot.Operators;

/// <summary>
/// What staff do with a group of the unanswered inbox, for the console page and the JSON API alike: make a knowledge
/// entry of it, add its phrasings to an intent's training examples, or ignore it. Input is checked here, with
/// Indonesian messages naming the field.
/// </summary>
public sealed class KnowledgeFromUnanswered(UnansweredGroups groups, FaqStore faq, TrainingStore training, IntentModelTraining model, TimeProvider clock)
{
    public const int MaxExample = 500;
    public const int MaxExamples = Knowledge.KnowledgeDraftInput.MaxExamples;
    public const int MaxQuestion = Knowledge.KnowledgeDraftInput.MaxQuestion;

    /// <summary>A draft knowledge entry for the group's question: it answers once someone allowed to publish publishes it.</summary>
    public async Task<FaqEntry> MakeEntryAsync(string key, FaqContent content, string actor, CancellationToken cancellationToken)
    {
        var entry = await faq.CreateDraftAsync(content, actor, cancellationToken).ConfigureAwait(false);
        await groups.MarkHandledAsync(key, $"faq {entry.Id}", actor, cancellationToken).ConfigureAwait(false);
        return entry;
    }

    /// <summary>
    /// The phrasings join an existing entry's example questions, in its draft (published with the entry's next
    /// publish, like any edit). Stale when the entry changed meanwhile; too many when the entry would pass
    /// <see cref="MaxExamples"/>.
    /// </summary>
    public async Task<(FaqWrite Write, FaqEntry? Before, bool TooMany)> AddToEntryAsync(string key, long entryId, IReadOnlyList<string> examples, string actor,
        CancellationToken cancellationToken)
    {
        if (faq.Find(entryId) is not { } entry)
            return (new FaqWrite(FaqOutcome.NotFound), null, false);
        var editing = entry.Editing;
        var merged = editing.Examples.Concat(examples).DistinctBy(example => example.ToLowerInvariant()).ToList();
        if (merged.Count > MaxExamples)
            return (new FaqWrite(FaqOutcome.Done), entry, true);
        var write = await faq.SaveDraftAsync(entryId, editing with { Examples = merged }, entry.EditVersion, actor, cancellationToken).ConfigureAwait(false);
        if (write.Outcome == FaqOutcome.Done)
            await groups.MarkHandledAsync(key, $"faq {entryId} examples", actor, cancellationToken).ConfigureAwait(false);
        return (write, entry, false);
    }

    /// <summary>The phrasings become examples of <paramref name="intent"/>; the model is rebuilt in the background.</summary>
    public async Task AddExamplesAsync(string key, Intent intent, IReadOnlyList<string> examples, string actor, CancellationToken cancellationToken)
    {
        foreach (var example in examples)
            await training.AddExampleAsync(example, intent, actor, cancellationToken).ConfigureAwait(false);
        await groups.MarkHandledAsync(key, $"examples {intent.ToId()}", actor, cancellationToken).ConfigureAwait(false);
        model.RequestRetrain();
    }

    public static string Key(FieldErrors errors, string? key)
    {
        var trimmed = key?.Trim() ?? "";
        if (trimmed.Length is 0 or > QuestionGroupKey.MaxLength)
            errors.Add("key", $"Kunci kelompok (key) wajib diisi, paling banyak {QuestionGroupKey.MaxLength} karakter.");
        return trimmed;
    }

    public static Intent Intent(FieldErrors errors, string? intent)
    {
        if (string.IsNullOrWhiteSpace(intent))
            errors.Add("intent", "Layanan (intent) wajib dipilih.");
        else if (!IntentIds.TryParse(intent.Trim(), out var known))
            errors.Add("intent", $"Layanan (intent) “{Shorten(intent.Trim())}” tidak dikenal. Pilih salah satu: {string.Join(", ", IntentIds.All)}.");
        else
            return known;
        return Core.Understanding.Intent.OutOfScope;
    }

    /// <summary>One to <see cref="MaxExamples"/> phrasings of 1 to <paramref name="maxLength"/> characters, blank lines dropped, each once.</summary>
    public static List<string> Examples(FieldErrors errors, IReadOnlyList<string?>? examples, bool required, int maxLength = MaxExample)
    {
        var kept = (examples ?? []).Select(example => example?.Trim() ?? "").Where(example => example.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (required && kept.Count == 0)
            errors.Add("examples", "Tulis paling sedikit satu contoh kalimat (examples).");
        if (examples is { Count: > MaxExamples } || kept.Count > MaxExamples)
            errors.Add("examples", $"Paling banyak {MaxExamples} contoh kalimat (examples).");
        if (kept.Any(example => example.Length > maxLength || example.Contains('\t', StringComparison.Ordinal)))
            errors.Add("examples", $"Setiap contoh kalimat (examples) paling panjang {maxLength} karakter, tanpa tab.");
        return kept;
    }

    /// <summary>
    /// A knowledge entry's content, checked as every draft is (<see cref="Knowledge.KnowledgeDraftInput"/>), and with its
    /// source and the day it was checked required: an answer written from citizens' questions must say where its facts
    /// come from. What is wrong is recorded in <paramref name="errors"/>; null then.
    /// </summary>
    public FaqContent? Entry(FieldErrors errors, string? intent, string? question, string? answer, IReadOnlyList<string?>? examples, string? source, string? checkedOn)
    {
        var input = new Knowledge.KnowledgeDraftInput { Intent = intent, Question = question, Answer = answer, Examples = examples, Source = source, CheckedOn = checkedOn };
        var (content, problems) = input.Check(clock.GetUtcNow());
        foreach (var (field, messages) in problems)
        {
            foreach (var message in messages)
                errors.Add(field, message);
        }
        if (string.IsNullOrWhiteSpace(source))
            errors.Add("source", "Tulis sumber faktanya (mis. nama peraturan atau laman resmi dinas), agar petugas lain dapat memeriksanya.");
        if (string.IsNullOrWhiteSpace(checkedOn))
            errors.Add("checkedOn", "Tanggal fakta diperiksa wajib diisi, mis. 2026-12-01.");
        return errors.Any ? null : content;
    }

    static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
