using System.Globalization;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;
using Savira.Core.Understanding;

namespace Savira.Bot.Operators.Knowledge;

/// <summary>
/// A draft as sent by the console's form or the JSON API, checked the same way for both: each problem is kept under
/// the field it is in, in Indonesian, and no content comes out unless every field is right.
/// </summary>
public sealed record KnowledgeDraftInput
{
    public const int MaxQuestion = 300;
    public const int MaxAnswer = 4000;
    public const int MaxExamples = 30;
    public const int MaxSource = 1000;

    public string? Intent { get; init; }
    public string? Question { get; init; }
    public string? Answer { get; init; }
    public IReadOnlyList<string?>? Examples { get; init; }
    public string? Source { get; init; }
    /// <summary>yyyy-MM-dd.</summary>
    public string? CheckedOn { get; init; }
    /// <summary>ISO 8601; without an offset (as a datetime-local field sends it) it is WIB.</summary>
    public string? StartsAt { get; init; }
    public string? EndsAt { get; init; }
    /// <summary>The entry's edit version when the editor opened it; a different one now means someone changed it since (409).</summary>
    public long? EditVersion { get; init; }

    public (FaqContent? Content, Dictionary<string, string[]> Errors) Check(DateTimeOffset now)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var messages))
                errors[field] = messages = [];
            messages.Add(message);
        }

        var intent = (Intent ?? "").Trim().ToLowerInvariant();
        if (intent.Length == 0)
            Add("intent", "Pilih layanan entri ini.");
        else if (!IntentIds.TryParse(intent, out _))
            Add("intent", $"Layanan “{Shorten(intent)}” tidak dikenal. Pilih salah satu dari daftar (mis. kependudukan, pbb, pdam).");
        var question = Text("question", Question, MaxQuestion, "Tulis pertanyaannya.", "Pertanyaan", Add);
        var answer = Text("answer", Answer, MaxAnswer, "Jawaban tidak boleh kosong.", "Jawaban", Add);
        var examples = new List<string>();
        var given = Examples ?? [];
        if (given.Count > MaxExamples)
            Add("examples", $"Paling banyak {MaxExamples} contoh pertanyaan.");
        for (var i = 0; i < given.Count; i++)
        {
            var example = given[i]?.Trim() ?? "";
            if (example.Length is 0 or > MaxQuestion)
                Add($"examples[{i}]", $"Contoh ke-{i + 1} harus berisi 1–{MaxQuestion} karakter.");
            else if (Invalid(example) is { } bad)
                Add($"examples[{i}]", $"Contoh ke-{i + 1} memuat {bad}.");
            else
                examples.Add(example);
        }
        var source = (Source ?? "").Trim();
        if (source.Length > MaxSource)
            Add("source", $"Sumber paling banyak {MaxSource} karakter.");
        else if (Invalid(source) is { } badSource)
            Add("source", $"Sumber memuat {badSource}.");

        DateOnly? checkedOn = null;
        if (!string.IsNullOrWhiteSpace(CheckedOn))
        {
            if (!DateOnly.TryParseExact(CheckedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || day < FieldErrors.EarliestDay || day > FieldErrors.LatestDay)
                Add("checkedOn", "Tulis tanggal pemeriksaan sebagai tahun-bulan-tanggal, mis. 2026-11-01.");
            else if (day > Wib.Today(now))
                Add("checkedOn", "Tanggal pemeriksaan tidak boleh di masa depan.");
            else
                checkedOn = day;
        }
        var startsAt = Moment("startsAt", StartsAt, "Waktu mulai", Add);
        var endsAt = Moment("endsAt", EndsAt, "Waktu selesai", Add);
        if (startsAt is { } start && endsAt is { } end && end <= start)
            Add("endsAt", "Waktu selesai harus sesudah waktu mulai.");

        var problems = errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        return problems.Count > 0
            ? (null, problems)
            : (new FaqContent(intent, question, answer, examples) { Source = source, CheckedOn = checkedOn, StartsAt = startsAt, EndsAt = endsAt }, problems);
    }

    static string Text(string field, string? value, int max, string missing, string label, Action<string, string> add)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
            add(field, missing);
        else if (text.Length > max)
            add(field, $"{label} paling banyak {max} karakter (sekarang {text.Length}).");
        else if (Invalid(text) is { } bad)
            add(field, $"{label} memuat {bad}.");
        return text;
    }

    static DateTimeOffset? Moment(string field, string? value, string label, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var parsing = new FieldErrors();
        var moment = parsing.Moment(field, value);
        if (parsing.Any || moment is null)
            add(field, $"{label} tidak terbaca. Tulis tanggal dan jam WIB, mis. 2027-02-18T08:00.");
        return moment;
    }

    static string? Invalid(string text) => AdminText.FirstInvalid(text) is { } bad ? "karakter yang tidak dapat disimpan: " + AdminText.Describe(bad.CodePoint) : null;

    static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
