using System.Globalization;
using Savira.Bot.Operators.Knowledge;
using Savira.Core.Replies;
using Savira.Core.Services.Faq;

namespace Savira.Bot.Operators.Console;

/// <summary>The knowledge entry form's fields as typed: example phrasings one per line, times on the WIB clock.</summary>
public sealed class KnowledgeForm
{
    public string? Intent { get; set; }
    public string? Question { get; set; }
    public string? Answer { get; set; }
    public string? Examples { get; set; }
    public string? Source { get; set; }
    public string? CheckedOn { get; set; }
    public string? StartsAt { get; set; }
    public string? EndsAt { get; set; }

    public static KnowledgeForm From(FaqContent content) => new()
    {
        Intent = content.Intent,
        Question = content.Question,
        Answer = content.Answer,
        Examples = string.Join('\n', content.Examples),
        Source = content.Source,
        CheckedOn = content.CheckedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StartsAt = LocalInput(content.StartsAt),
        EndsAt = LocalInput(content.EndsAt),
    };

    /// <summary>Blank lines of the examples are dropped: they are where an editor pressed Enter once too often.</summary>
    public KnowledgeDraftInput ToInput() => new()
    {
        Intent = Intent,
        Question = Question,
        Answer = Answer,
        Examples = (Examples ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        Source = Source,
        CheckedOn = CheckedOn,
        StartsAt = StartsAt,
        EndsAt = EndsAt,
    };

    /// <summary>A moment as a datetime-local field shows it, in WIB.</summary>
    public static string? LocalInput(DateTimeOffset? moment) =>
        moment is { } value ? Wib.ToWib(value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : null;

    public static string WibText(DateTimeOffset moment) =>
        Wib.ToWib(moment).ToString("d MMM yyyy HH.mm", CultureInfo.GetCultureInfo("id-ID")) + " WIB";

    public static string StateLabel(FaqState state) => state switch
    {
        FaqState.Published => "Terbit",
        FaqState.Draft => "Draf (belum pernah terbit)",
        FaqState.Scheduled => "Terjadwal",
        FaqState.Ended => "Berakhir",
        _ => "Tidak aktif",
    };

    public static string Window(FaqContent content) => (content.StartsAt, content.EndsAt) switch
    {
        (null, null) => "Selalu berlaku",
        ({ } start, null) => $"Mulai {WibText(start)}",
        (null, { } end) => $"Sampai {WibText(end)}",
        ({ } start, { } end) => $"{WibText(start)} – {WibText(end)}",
    };
}
