using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Regression;
using Savira.Bot.Operators.Simulator;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// The conversation suites publishing runs first (<see cref="RegressionGate"/>): listed, uploaded as a JSON file,
/// edited as JSON with every problem named by its line and field, deleted, or grown by a case from a simulator exchange.
/// </summary>
public sealed class SuitesModel(SuiteStore store, SimulatorConversations conversations) : PageModel
{
    public const string Path = "/console/suite-uji";
    public const int MaxJson = 512 * 1024;

    public IReadOnlyList<StoredSuite> Suites { get; private set; } = [];
    public StoredSuite? Editing { get; private set; }
    public string Name { get; private set; } = "";
    public string Json { get; private set; } = "";
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string? Message { get; private set; }

    public IActionResult OnGet(long? suite, string? selesai)
    {
        Suites = store.List();
        if (suite is { } id)
        {
            if (store.Find(id) is not { } found)
                return NotFound();
            (Editing, Name, Json) = (found, found.Name, found.Json);
        }
        Message = selesai switch
        {
            "simpan" => "Suite tersimpan. Kasusnya dijalankan setiap kali draf pengetahuan akan diterbitkan.",
            "hapus" => "Suite dihapus.",
            "kasus" => "Kasus dari simulator ditambahkan ke suite.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(long? id, string? name, string? json, CancellationToken cancellationToken)
    {
        if (id is { } existing && store.Find(existing) is null)
            return NotFound();
        return await SaveAsync(id, name ?? "", json ?? "", cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(string? name, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > MaxJson)
            return Refused(null, name ?? "", "", [$"Pilih berkas JSON suite (paling besar {MaxJson / 1024} KB)."]);
        string json;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            json = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return Refused(null, name ?? "", "", ["Berkas itu bukan teks UTF-8."]);
        }
        var fallback = System.IO.Path.GetFileNameWithoutExtension(file.FileName);
        return await SaveAsync(null, string.IsNullOrWhiteSpace(name) ? fallback : name, json, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken)
    {
        if (store.Find(id) is not { } suite)
            return NotFound();
        await store.DeleteAsync(id, cancellationToken);
        HttpContext.RecordChange($"suite {id}", new { suite.Name }, null);
        return Redirect($"{Path}?selesai=hapus");
    }

    /// <summary>A case of the simulator conversation's turns up to exchange <paramref name="upTo"/>, added to a suite.</summary>
    public async Task<IActionResult> OnPostAddCaseAsync(string? conversation, int upTo, long suite, string? caseId, string? expect, CancellationToken cancellationToken)
    {
        if (store.Find(suite) is not { } target)
            return NotFound();
        var exchanges = conversations.Find(conversation, User.NameOf())?.Exchanges ?? [];
        if (upTo < 0 || upTo >= exchanges.Count)
            return Refused(target, target.Name, target.Json, ["Percakapan simulator itu sudah ditutup. Kirim pesannya lagi di simulator."]);
        var save = await store.AddCaseAsync(target, new SuiteStore.NewCase(caseId ?? "", [.. exchanges.Take(upTo + 1).Select(exchange => exchange.Text)], expect ?? "", null,
            $"Dari simulator, {User.NameOf()}"), User.NameOf(), cancellationToken);
        return Saved(target, save, "kasus");
    }

    /// <summary>Where a save of <paramref name="before"/> leads: the suite, or the page again with the problems.</summary>
    IActionResult Saved(StoredSuite? before, SuiteStore.SuiteSave save, string done)
    {
        if (save.Gone)
            return Refused(null, before?.Name ?? "", before?.Json ?? "", ["Suite ini sudah dihapus orang lain. Simpan lagi untuk membuatnya sebagai suite baru."]);
        if (save.Saved is not { } saved)
            return Refused(before, before?.Name ?? "", before?.Json ?? "", [.. save.NameProblems, .. SuiteProblems.WithLines(before?.Json ?? "", save.CaseProblems)]);
        HttpContext.RecordChange($"suite {saved.Id}", before is null ? null : new { before.Name, before.Json }, new { saved.Name, saved.Json });
        return Redirect($"{Path}?suite={saved.Id}&selesai={done}");
    }

    async Task<IActionResult> SaveAsync(long? id, string name, string json, CancellationToken cancellationToken)
    {
        if (json.Length > MaxJson)
            return Refused(null, name, "", [$"Suite paling besar {MaxJson / 1024} KB."]);
        var before = id is { } existing ? store.Find(existing) : null;
        var save = await store.SaveAsync(id, name, json, User.NameOf(), cancellationToken);
        if (save.Saved is null && !save.Gone)
            return Refused(before, name, json, [.. save.NameProblems, .. SuiteProblems.WithLines(json, save.CaseProblems)]);
        return Saved(before, save, "simpan");
    }

    PageResult Refused(StoredSuite? editing, string name, string json, IReadOnlyList<string> problems)
    {
        Suites = store.List();
        (Editing, Name, Json, Problems) = (editing, name, json, problems);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public static int CaseCount(StoredSuite suite) => Core.Evaluation.ConversationSuite.Parse(suite.Json, out _).Count;

    /// <summary>A first guess at what the reply must keep saying: its first line (where an entry's answer starts), cut short, as a literal pattern.</summary>
    public static string ExpectFrom(SimulatorExchange exchange)
    {
        var line = exchange.Replies.SelectMany(reply => reply.Split('\n')).Select(text => text.Trim('*', '_', '~', ' ')).FirstOrDefault(text => text.Length > 0) ?? "";
        return Regex.Escape(line.Length > 40 ? line[..40] : line);
    }
}
