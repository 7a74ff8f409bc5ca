using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Privacy;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators.Console.Pengaduan;

/// <summary>
/// One report: what the citizen sent (photo, location), its stage history, the deadline of its stage, the stage-change
/// form (Selesai with a completion photo uploaded here) and the re-assign form. The reporter's number is masked; only
/// an admin may show it, which is an audited POST. Each form carries a key of its own, so a form sent twice acts once.
/// </summary>
public sealed class DetailModel(IReportDesk desk, ReportAgencies agencies, ReportDeadlines deadlines, Savira.Core.Services.Regions.CityAreas areas) : PageModel
{
    /// <summary>The city's kelurahan, offered as the officer types one.</summary>
    public IReadOnlyList<Savira.Core.Services.Regions.Area> Kelurahan => areas.Kelurahan;

    [BindProperty(SupportsGet = true)]
    public string Ticket { get; set; } = "";

    public InfrastructureReport? Report { get; private set; }
    public IReadOnlyList<ReportEvent> History { get; private set; } = [];
    public IReadOnlyList<ReportPhoto> Photos { get; private set; } = [];
    public DateOnly? Due { get; private set; }
    public bool Overdue { get; private set; }
    public bool Revealed { get; private set; }
    public string? Message { get; private set; }
    public string? Problem { get; private set; }
    public string RequestKey { get; } = Guid.NewGuid().ToString("N");
    public ReportDeskOptions Settings => agencies.Settings;
    public bool CanChange => StaffAccessRules.Allows("/console/pengaduan", writes: true, User.RoleOf() ?? "");
    public bool CanReveal => ReportAgencies.SeesReporter(User);

    public string Reporter => Report is null ? "" : Revealed ? Report.Sender : Mask.Phone(Report.Sender);

    public IActionResult OnGet() => Load() ? Page() : Missing();

    public async Task<IActionResult> OnPostStageAsync(string? tahap, string? catatan, string? kecamatan, string? kelurahan, IFormFile? foto, string? kunci,
        CancellationToken cancellationToken)
    {
        if (!Load())
            return Missing();
        var stage = ReportStages.Parse(tahap);
        if (stage is null)
            return Refuse("Pilih tahap berikutnya dari daftar.");
        if (catatan is { Length: > 1000 } || kelurahan is { Length: > 80 } || kunci is { Length: > 64 })
            return Refuse("Catatan paling panjang 1000 huruf dan kelurahan 80 huruf.");
        byte[]? photo = null;
        if (foto is { Length: > 0 })
        {
            if (foto.Length > Settings.MaxPhotoBytes)
                return Refuse(SqliteReportDesk.PhotoProblem(new byte[foto.Length], Settings.MaxPhotoBytes)!);
            using var buffer = new MemoryStream();
            await foto.CopyToAsync(buffer, cancellationToken);
            photo = buffer.ToArray();
            if (SqliteReportDesk.PhotoProblem(photo, Settings.MaxPhotoBytes) is { } problem)
                return Refuse(problem);
        }
        var before = Report!;
        var result = await desk.ChangeStageAsync(new StageChange
        {
            Ticket = before.TicketNumber, Stage = stage, Note = catatan, Actor = User.NameOf(), RequestKey = kunci,
            CompletionPhoto = stage == ReportStages.Done ? photo : null,
            Kecamatan = string.IsNullOrWhiteSpace(kecamatan) ? null : kecamatan, Kelurahan = kelurahan,
        }, cancellationToken);
        if (result.Outcome == DeskOutcome.Refused)
            return Refuse(result.Problem!);
        if (result.Outcome == DeskOutcome.Changed)
            HttpContext.RecordChange($"report {before.TicketNumber}", new { before.Status, before.StatusNote }, new { result.Report!.Status, result.Report.StatusNote });
        Load();
        Message = result.Outcome == DeskOutcome.Changed
            ? $"Tahap laporan menjadi {ReportStages.Label(stage)}; warga diberi tahu lewat WhatsApp."
            : "Perubahan ini sudah tersimpan sebelumnya; warga tidak dikirimi pesan lagi.";
        return Page();
    }

    public async Task<IActionResult> OnPostReassignAsync(string? dinas, string? catatan, string? kunci, CancellationToken cancellationToken)
    {
        if (!Load())
            return Missing();
        if (string.IsNullOrWhiteSpace(dinas) || dinas.Length > 40 || catatan is { Length: > 1000 } || kunci is { Length: > 64 })
            return Refuse("Pilih dinas tujuan dan tulis catatan (paling panjang 1000 huruf).");
        var before = Report!;
        var result = await desk.ReassignAsync(new Reassignment { Ticket = before.TicketNumber, Agency = dinas, Note = catatan ?? "", Actor = User.NameOf(), RequestKey = kunci },
            cancellationToken);
        if (result.Outcome == DeskOutcome.Refused)
            return Refuse(result.Problem!);
        if (result.Outcome == DeskOutcome.Changed)
            HttpContext.RecordChange($"report {before.TicketNumber}", new { before.Agency }, new { result.Report!.Agency, Note = catatan });
        if (!agencies.Sees(User, result.Report!)) // moved away from this account's agency
            return Redirect("/console/pengaduan");
        Load();
        Message = result.Outcome == DeskOutcome.Changed
            ? $"Laporan dialihkan ke {Settings.AgencyName(Report!.Agency)}; warga diberi tahu lewat WhatsApp."
            : $"Pengalihan ke {Settings.AgencyName(Report!.Agency)} sudah tersimpan sebelumnya; warga tidak dikirimi pesan lagi.";
        return Page();
    }

    public IActionResult OnPostReveal()
    {
        if (!Load())
            return Missing();
        if (!CanReveal) // the button is an admin's only; a form sent anyway is refused, and the audit log says so
        {
            Problem = "Hanya admin yang dapat menampilkan nomor pelapor tanpa samaran.";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        HttpContext.RecordChange($"report {Report!.TicketNumber}", null, new { Shown = "nomor pelapor tanpa samaran" });
        Revealed = true;
        Message = "Nomor pelapor ditampilkan tanpa samaran untuk tampilan ini saja. Tindakan ini tercatat di log audit.";
        return Page();
    }

    PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    PageResult Missing()
    {
        Problem = $"Laporan dengan nomor tiket “{Ticket}” tidak ditemukan di antara laporan yang dapat Anda lihat.";
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    bool Load()
    {
        Report = desk.Find(Ticket.ToUpperInvariant()) is { } report && agencies.Sees(User, report) ? report : null;
        if (Report is null)
            return false;
        History = desk.History(Report.TicketNumber);
        Photos = desk.Photos(Report.TicketNumber);
        var today = deadlines.Now();
        Due = deadlines.DueDate(Report, today);
        Overdue = deadlines.IsOverdue(Report, today);
        return true;
    }
}
