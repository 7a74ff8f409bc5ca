using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Puskesmas;
using Savira.Core.Services.Puskesmas;

namespace Savira.Bot.Operators.Console.Antrean;

/// <summary>
/// One counter (loket) of a clinic: the number it serves, who is next and how many wait, and the actions — call the
/// next number, call again, skip a no-show, finish, pause and resume — by button or key. Each form carries a key of its
/// own, so a form sent twice (a double press, a reload) acts once. The page asks each second whether the board
/// changed (another counter called) and then swaps it in.
/// </summary>
public sealed class CounterModel(PuskesmasDirectory directory, PuskesmasQueues queues, CounterActions actions, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "clinic")]
    public string ClinicCode { get; set; } = "";

    /// <summary>The counter this page works for (?loket=2); 1 unless chosen.</summary>
    [BindProperty(SupportsGet = true, Name = "loket")]
    public long Counter { get; set; } = 1;

    public PuskesmasPlace? Place { get; private set; }
    public ClinicBoard? Board { get; private set; }
    public string? Message { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>A fresh key for each form this answer shows.</summary>
    public string RequestKey { get; } = Guid.NewGuid().ToString("N");

    public IActionResult OnGet() => Load() ? Page() : NotFoundPage();

    public IActionResult OnGetState() => Load() ? new JsonResult(new { stamp = Board!.Stamp }) : NotFound();

    public Task<IActionResult> OnPostCallNextAsync(string? kunci, CancellationToken cancellationToken) => ActAsync(CounterAction.CallNext, kunci, cancellationToken);

    public Task<IActionResult> OnPostRecallAsync(string? kunci, CancellationToken cancellationToken) => ActAsync(CounterAction.Recall, kunci, cancellationToken);

    public Task<IActionResult> OnPostSkipAsync(string? kunci, CancellationToken cancellationToken) => ActAsync(CounterAction.Skip, kunci, cancellationToken);

    public Task<IActionResult> OnPostFinishAsync(string? kunci, CancellationToken cancellationToken) => ActAsync(CounterAction.Finish, kunci, cancellationToken);

    public Task<IActionResult> OnPostPauseAsync(CancellationToken cancellationToken) => ActAsync(CounterAction.Pause, null, cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) => ActAsync(CounterAction.Resume, null, cancellationToken);

    async Task<IActionResult> ActAsync(CounterAction action, string? key, CancellationToken cancellationToken)
    {
        if (!Load())
            return NotFoundPage();
        if (key is { Length: > 64 })
            return Refuse(StatusCodes.Status400BadRequest, "Formulir tidak dikenali. Muat ulang halaman lalu coba lagi.");
        var clinic = Board!.Clinic;
        var current = Board.ServingAt(Counter);
        if (action == CounterAction.Skip && current is null)
            return Refuse(StatusCodes.Status409Conflict, $"Loket {Counter} sedang tidak melayani nomor mana pun, jadi tidak ada yang dilewati.");

        var result = await actions.RunAsync(HttpContext, clinic, action, Counter, current?.Number, key, cancellationToken).ConfigureAwait(false);
        Load();
        return result.Outcome switch
        {
            StaffOutcome.Done => Done(action switch
            {
                CounterAction.CallNext => $"Nomor {clinic.Ticket(result.Ticket!.Number)} dipanggil ke loket {Counter}; {Told(result.Ticket)}",
                CounterAction.Recall => $"Nomor {clinic.Ticket(result.Ticket!.Number)} dipanggil ulang; {Told(result.Ticket)}",
                CounterAction.Skip => $"Nomor {clinic.Ticket(result.Ticket!.Number)} dilewati (tidak hadir).",
                CounterAction.Finish => $"Pelayanan nomor {clinic.Ticket(result.Ticket!.Number)} selesai. Tekan Panggil berikutnya bila siap.",
                CounterAction.Pause => $"{clinic.Name} dijeda: tidak ada pemanggilan dan nomor baru sampai dilanjutkan.",
                _ => $"{clinic.Name} dilanjutkan; warga dapat mengambil nomor lagi.",
            }),
            StaffOutcome.Paused => Refuse(StatusCodes.Status409Conflict, $"{clinic.Name} sedang dijeda. Tekan Lanjutkan dulu sebelum memanggil."),
            StaffOutcome.NoneWaiting => Refuse(StatusCodes.Status409Conflict, "Belum ada warga yang menunggu di antrean poli ini hari ini."),
            StaffOutcome.NoneServing => Refuse(StatusCodes.Status409Conflict, $"Loket {Counter} sedang tidak melayani nomor mana pun. Tekan Panggil berikutnya dulu."),
            StaffOutcome.NotActive when action is CounterAction.Pause or CounterAction.Resume =>
                Done(action == CounterAction.Pause ? $"{clinic.Name} memang sedang dijeda." : $"{clinic.Name} memang sedang dibuka."),
            _ => Refuse(StatusCodes.Status409Conflict, "Nomor itu sudah tidak aktif lagi (sudah dilewati, selesai, atau dibatalkan)."),
        };
    }

    static string Told(QueueTicket ticket) =>
        ticket.Channel == "whatsapp" ? "warga diberi tahu lewat WhatsApp." : "warga diberi tahu lewat kanal yang ia pakai.";

    PageResult Done(string message)
    {
        Message = message;
        return Page();
    }

    PageResult Refuse(int status, string problem)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    PageResult NotFoundPage()
    {
        Problem = Place is null
            ? $"Puskesmas dengan kode “{Code}” tidak ditemukan."
            : $"Poli “{ClinicCode}” tidak ada di {Place.Name}. Pilih poli dari daftar.";
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    bool Load()
    {
        if (Counter is < 1 or > CounterActions.MaxCounter)
            Counter = 1;
        Place = directory.Find(Code);
        Board = Place is null ? null : ClinicBoard.Today(directory, queues, Code, clock.GetUtcNow()).FirstOrDefault(board => board.Clinic.Code == ClinicCode);
        return Board is not null;
    }
}
