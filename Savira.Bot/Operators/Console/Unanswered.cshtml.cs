using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Core.Understanding.Training;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// The unanswered inbox: questions the assistant could not serve, grouped by question, the most asked first; the
/// ignored ones in their own view, still counted. A group is handled on its own page (<see cref="UnansweredGroupModel"/>).
/// </summary>
public sealed class UnansweredModel(UnansweredGroups groups) : PageModel
{
    public const int Shown = 50;
    public const string Path = "/console/belum-terjawab";

    public IReadOnlyList<UnansweredGroup> Groups { get; private set; } = [];
    public bool Ignored { get; private set; }
    public string Search { get; private set; } = "";
    public string? Message { get; private set; }

    public void OnGet(string? tampilan, string? q, string? selesai)
    {
        Ignored = tampilan == "abaikan";
        Search = (q ?? "").Trim();
        if (Search.Length > 100)
            Search = Search[..100];
        Message = selesai switch
        {
            "contoh" => "Contoh kalimat sudah ditambahkan; model dilatih ulang di latar belakang. Kelompok ditandai selesai.",
            "abaikan" => "Kelompok diabaikan. Pertanyaan yang sama berikutnya hanya dihitung di tampilan Diabaikan.",
            "kembalikan" => "Kelompok dikembalikan ke kotak belum terjawab.",
            _ => null,
        };
        Groups = groups.List(Ignored, Search, Shown);
    }

    /// <summary>Brings an ignored group back into the inbox.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(string? key, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var trimmed = KnowledgeFromUnanswered.Key(errors, key);
        if (errors.Any)
            return BadRequest();
        var before = await groups.RestoreAsync(trimmed, User.NameOf(), cancellationToken).ConfigureAwait(false);
        HttpContext.RecordChange($"unanswered {trimmed}", new { Ignored = before.IgnoredAt is not null }, new { Ignored = false });
        return Redirect(Path + "?selesai=kembalikan");
    }

    public static string Reasons(UnansweredGroup group) => string.Join(", ", new[]
    {
        group.FellBack > 0 ? $"tidak dipahami {group.FellBack}×" : null,
        group.Clarified > 0 ? $"perlu klarifikasi {group.Clarified}×" : null,
        group.WrongAnswer > 0 ? $"jawaban salah {group.WrongAnswer}×" : null,
    }.OfType<string>());

    public static string Wib(DateTimeOffset moment) => $"{Savira.Core.Replies.Wib.ToWib(moment):dd-MM-yyyy HH.mm}";

    public static string GroupLink(string key) => "/console/belum-terjawab/kelompok?key=" + Uri.EscapeDataString(key);
}
