using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Savira.Bot.Operators.Access;
using Savira.Bot.Operators.Accounts;
using Savira.Core.Services.Infrastruktur;

namespace Savira.Bot.Operators.Console.Pengaduan;

/// <summary>
/// The holiday calendar report deadlines skip: national holidays and cuti bersama, kept by admins (add a date with
/// its name, remove one). 2026 is seeded from the SKB 3 Menteri; 2027 only with its fixed-date holidays.
/// </summary>
public sealed class HolidaysModel(HolidayCalendar calendar) : PageModel
{
    public IReadOnlyList<HolidayCalendar.Holiday> Holidays { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Problem { get; private set; }
    public string? Day { get; private set; }
    public string? Name { get; private set; }
    public bool CanChange => StaffAccessRules.Allows("/console/hari-libur", writes: true, User.RoleOf() ?? "");

    public void OnGet() => Holidays = calendar.List();

    public async Task OnPostAddAsync(string? tanggal, string? nama, CancellationToken cancellationToken)
    {
        (Day, Name) = (tanggal?.Trim(), nama?.Trim());
        if (Parse(tanggal) is not { } day)
            Refuse($"Tanggal “{tanggal}” tidak valid. Pilih tanggal dari kalender atau tulis seperti 2027-03-10.");
        else if (string.IsNullOrWhiteSpace(nama) || nama.Trim().Length > 120)
            Refuse("Tulis nama hari libur (paling panjang 120 huruf), misalnya “Cuti bersama Idulfitri”.");
        else
        {
            var before = calendar.List().FirstOrDefault(holiday => holiday.Day == day)?.Name;
            if (await calendar.AddAsync(day, nama.Trim(), cancellationToken))
                HttpContext.RecordChange($"holiday {Stored(day)}", before is null ? null : new { Name = before }, new { Name = nama.Trim() });
            Message = $"{Savira.Core.Replies.IndonesianFormat.Date(day)} tercatat sebagai hari libur: {nama.Trim()}.";
            (Day, Name) = (null, null);
        }
        Holidays = calendar.List();
    }

    public async Task OnPostRemoveAsync(string? tanggal, CancellationToken cancellationToken)
    {
        if (Parse(tanggal) is not { } day)
            Refuse($"Tanggal “{tanggal}” tidak valid.");
        else
        {
            var before = calendar.List().FirstOrDefault(holiday => holiday.Day == day)?.Name;
            if (await calendar.RemoveAsync(day, cancellationToken))
                HttpContext.RecordChange($"holiday {Stored(day)}", new { Name = before }, null);
            Message = $"{Savira.Core.Replies.IndonesianFormat.Date(day)} dihapus dari hari libur.";
        }
        Holidays = calendar.List();
    }

    void Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2099
            ? day : null;

    public static string Stored(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
