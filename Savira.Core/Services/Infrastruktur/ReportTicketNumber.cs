using System.Globalization;

namespace Savira.Core.Services.Infrastruktur;

/// <summary>
/// How a report's ticket number is written: INF-yyyy-NNNNNN, the WIB year it was filed and that year's sequence.
/// Reading one from a message is the understanding's (<see cref="Understanding.Entities.TicketNumber"/>).
/// </summary>
public static class ReportTicketNumber
{
    public static string Format(int year, long sequence) =>
        $"INF-{year.ToString("0000", CultureInfo.InvariantCulture)}-{sequence.ToString("000000", CultureInfo.InvariantCulture)}";
}
