using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Puskesmas;
using Savira.Core.Data;
using Savira.Core.Privacy;
using Savira.Core.Replies;
using Savira.Core.Services.Puskesmas;

namespace Savira.Bot.Operators.Console.Antrean;

/// <summary>
/// A puskesmas's clinics with what each counter serves now, and the day's list of tickets (status, times, masked
/// number), also as a CSV download.
/// </summary>
public sealed class ClinicsModel(PuskesmasDirectory directory, PuskesmasQueues queues, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    /// <summary>The day listed (?tanggal=2026-11-30), today in WIB unless chosen.</summary>
    [BindProperty(SupportsGet = true, Name = "tanggal")]
    public string? Date { get; set; }

    public PuskesmasPlace? Place { get; private set; }
    public IReadOnlyList<ClinicBoard> Boards { get; private set; } = [];
    public IReadOnlyList<QueueTicket> Tickets { get; private set; } = [];
    public DateOnly Day { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnGetCsv()
    {
        if (!Load())
            return Page();
        // Masked numbers start with "+": a spreadsheet would read them as formulas unless escaped.
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        var output = new MemoryStream();
        using (var csv = CsvWriter.Create(output, options, leaveOpen: true))
        {
            csv.WriteHeader(["nomor", "poli", "status", "loket", "warga", "diambil", "dipanggil", "selesai", "kali_dipanggil"]);
            foreach (var ticket in Tickets)
            {
                var clinic = Boards.First(board => board.Clinic.Code == ticket.Clinic).Clinic;
                csv.WriteRecord([
                    clinic.Ticket(ticket.Number), clinic.Name, StatusLabel(ticket.Status), ticket.Counter?.ToString(CultureInfo.InvariantCulture) ?? "",
                    Mask.Phone(ticket.Citizen), QueueTimes.Clock(ticket.TakenAt), ticket.CalledAt is null ? "" : QueueTimes.Clock(ticket.CalledAt),
                    ticket.FinishedAt is null ? "" : QueueTimes.Clock(ticket.FinishedAt), ticket.Calls.ToString(CultureInfo.InvariantCulture)]);
            }
        }
        return File(output.ToArray(), "text/csv; charset=utf-8", $"antrean-{Code}-{StoredTime.Day(Day)}.csv");
    }

    public static string StatusLabel(string status) => status switch
    {
        QueueTicket.Waiting => "menunggu",
        QueueTicket.Called => "dipanggil",
        QueueTicket.Served => "selesai dilayani",
        QueueTicket.Skipped => "dilewati",
        QueueTicket.Cancelled => "dibatalkan",
        _ => status,
    };

    bool Load()
    {
        var now = clock.GetUtcNow();
        Day = Wib.Today(now);
        Place = directory.Find(Code);
        if (Place is null)
            return Refuse(StatusCodes.Status404NotFound, $"Puskesmas dengan kode “{Code}” tidak ditemukan.");
        Boards = ClinicBoard.Today(directory, queues, Code, now);
        if (Date is not null)
        {
            if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return Refuse(StatusCodes.Status400BadRequest, "Tanggal harus berbentuk tahun-bulan-tanggal, misalnya 2026-11-30.");
            Day = day;
        }
        Tickets = queues.List(Code, null, Day);
        return true;
    }

    bool Refuse(int status, string problem)
    {
        Problem = problem;
        Response.StatusCode = status;
        return false;
    }
}
