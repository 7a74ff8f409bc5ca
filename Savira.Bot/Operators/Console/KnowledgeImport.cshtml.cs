using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Knowledge;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// Importing knowledge from a CSV file: uploading it is a dry run that lists what would be added, what would change
/// (field by field) and every problem by line and column; "Terapkan" sends the same file back with the dry run's token
/// and saves everything as drafts in one write, or nothing. Drafts still go through publishing.
/// </summary>
public sealed class KnowledgeImportModel(KnowledgeImports imports) : PageModel
{
    public KnowledgeImport? Plan { get; private set; }
    /// <summary>The uploaded file, carried to "Terapkan" so that exactly these bytes are applied.</summary>
    public string File64 { get; private set; } = "";
    public string? FileName { get; private set; }
    public string? Message { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? berkas, CancellationToken cancellationToken)
    {
        if (berkas is null || berkas.Length == 0)
            return Refused("Pilih berkas CSV yang akan diimpor.");
        if (berkas.Length > KnowledgeImport.MaxBytes)
            return Refused($"Berkas paling besar {KnowledgeImport.MaxBytes / 1024 / 1024} MB.");
        using var buffer = new MemoryStream();
        await berkas.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        Plan = imports.Plan(bytes);
        File64 = Convert.ToBase64String(bytes);
        FileName = berkas.FileName;
        if (Plan.Problems.Count > 0)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(string? file, string? token, string? fileName, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(file ?? "");
        }
        catch (FormatException)
        {
            return Refused("Berkas uji coba tidak terbaca. Unggah berkasnya lagi.");
        }
        var applied = await imports.ApplyAsync(bytes, token, User.NameOf(), cancellationToken);
        Plan = applied.Plan;
        File64 = file ?? "";
        FileName = fileName;
        switch (applied.Outcome)
        {
            case KnowledgeImports.ImportOutcome.HasProblems:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            case KnowledgeImports.ImportOutcome.ChangedSinceDryRun:
                Problem = KnowledgeImports.ChangedSinceDryRun;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
        HttpContext.RecordChange("faq import", null, applied.Plan.Summary(applied.CreatedIds));
        Message = $"Diterapkan: {Plan.New.Count} entri baru dan {Plan.Changes.Count} perubahan tersimpan sebagai draf. Warga belum melihatnya sampai tiap draf diterbitkan.";
        File64 = "";
        return Page();
    }

    PageResult Refused(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
