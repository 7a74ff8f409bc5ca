using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Reports;
using Savira.Core.Replies;

namespace Savira.Bot.Operators.Console;

/// <summary>
/// Reports an agency head can act on: per service and WIB day, messages and how they were answered, the unanswered
/// rate, the most frequent unanswered questions and officers' median first-reply time; a chart per measure with its
/// data table, and a CSV with one row per conversation.
/// </summary>
public sealed class ReportsModel(ServiceReport report, TimeProvider clock) : PageModel
{
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string? Service { get; private set; }
    public string? Problem { get; private set; }
    public ServiceReport.Result Result { get; private set; } = new([], []);

    public void OnGet(string? dari, string? sampai, string? layanan)
    {
        if (Period(dari, sampai, layanan))
            Result = report.Read(From, To, Service);
        else
            Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    public IActionResult OnGetCsv(string? dari, string? sampai, string? layanan)
    {
        if (!Period(dari, sampai, layanan))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // Masked numbers start with "+": a spreadsheet would read them as formulas unless escaped.
        var output = new MemoryStream();
        using (var csv = CsvHelper.CsvWriter.Create(output, new CsvHelper.CsvWriterOptions { Injection = CsvHelper.CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteHeader(["tanggal", "kanal", "warga", "pesan", "layanan", "layanan_cek_data", "pengetahuan", "tidak_dipahami", "klarifikasi", "ke_petugas", "belum_terjawab"]);
            foreach (var row in report.Conversations(From, To, Service))
                csv.WriteRecord([
                    row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Channel, row.Citizen, Number(row.Messages), row.Services,
                    Number(row.Lookup), Number(row.Knowledge), Number(row.Fallback), Number(row.Clarification), Number(row.Officer), Number(row.Unanswered)]);
        }
        return File(output.ToArray(), "text/csv; charset=utf-8",
            $"savira-percakapan-{From:yyyy-MM-dd}-{To:yyyy-MM-dd}{(Service is null ? "" : "-" + Service)}.csv");
    }

    static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    bool Period(string? from, string? to, string? service)
    {
        var today = Wib.Today(clock.GetUtcNow());
        To = Parse(to, "Sampai tanggal") ?? today;
        From = Parse(from, "Dari tanggal") ?? To.AddDays(-6);
        Service = string.IsNullOrWhiteSpace(service) ? null : service.Trim().ToLowerInvariant();
        if (Service is not null && !Services.Contains(Service))
            Problem ??= $"Layanan “{Service}” tidak dikenal.";
        if (From > To)
            Problem ??= "“Dari tanggal” harus sebelum atau sama dengan “Sampai tanggal”.";
        else if (To.DayNumber - From.DayNumber + 1 > ServiceReport.MaxDays)
            Problem ??= $"Paling banyak {ServiceReport.MaxDays} hari sekali tampil; persempit periodenya.";
        return Problem is null;
    }

    DateOnly? Parse(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2099)
            return day;
        Problem ??= $"Tanggal “{text}” tidak dapat dibaca ({label}). Pilih tanggal dari kalender.";
        return null;
    }

    public static IReadOnlyList<string> Services => InboxModel.Services.Where(service => service != "umum").Concat(["handoff", "out_of_scope"]).ToList();

    public static string Day(DateOnly day) => $"{IndonesianFormat.DayName(day.DayOfWeek)[..3]} {day:dd-MM}";

    public static string Percent(double rate) => rate.ToString("P0", CultureInfo.GetCultureInfo("id-ID"));
}
