using Dapper;
using Savira.Core.Data;
using Savira.Core.Outbox;
using Savira.Core.Replies;

namespace Savira.Core.Services.Infrastruktur;

public sealed class SqliteReportDesk(Database database, DatabaseWriter writer, Journal.EffectLedger ledger, TimeProvider clock, Outbox.OutboxSignal outboxSignal) : IReportDesk
{
    public async Task<InfrastructureReport> FileAsync(NewReport report, Journal.EffectKey effect, CancellationToken cancellationToken)
    {
        var year = Wib.Today(report.CreatedAt).Year;
        var ticket = await ledger.ApplyAsync(effect, "report", connection =>
        {
            // The writer runs one write at a time inside its transaction, so the counter cannot be read twice.
            var sequence = connection.ExecuteScalar<long>(
                """
                INSERT INTO ticket_counters (period, last_number) VALUES (@period, 1)
                ON CONFLICT (period) DO UPDATE SET last_number = last_number + 1
                RETURNING last_number
                """,
                new { period = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            var ticketNumber = ReportTicketNumber.Format(year, sequence);
            var now = StoredTime.Format(report.CreatedAt);
            connection.Execute(
                """
                INSERT INTO infrastructure_reports
                    (ticket_number, sender, category, description, address, latitude, longitude, photo_url, status, created_at, updated_at)
                VALUES (@ticketNumber, @Sender, @Category, @Description, @Address, @Latitude, @Longitude, @PhotoUrl, @status, @now, @now)
                """,
                new
                {
                    ticketNumber, report.Sender, report.Category, report.Description, report.Address,
                    report.Latitude, report.Longitude, report.PhotoUrl, status = ReportStatuses.Received, now,
                });
            return ticketNumber;
        }, cancellationToken).ConfigureAwait(false);
        return Find(ticket)!;
    }

    public InfrastructureReport? Find(string ticketNumber)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<Row>($"{Select} WHERE ticket_number = @ticketNumber", new { ticketNumber });
        return row?.ToReport();
    }

    public IReadOnlyList<InfrastructureReport> List(string? status)
    {
        using var connection = database.Open();
        return connection.Query<Row>($"{Select} WHERE @status IS NULL OR status = @status ORDER BY created_at DESC, id DESC LIMIT 500", new { status })
            .Select(row => row.ToReport()).ToList();
    }

    public async Task<InfrastructureReport?> UpdateStatusAsync(string ticketNumber, string status, string? note, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pushed = false;
        var updated = await writer.WriteAsync(connection =>
        {
            var before = connection.QuerySingleOrDefault<(string Sender, string Status, string? Note)?>(
                "SELECT sender, status, status_note FROM infrastructure_reports WHERE ticket_number = @ticketNumber", new { ticketNumber });
            if (before is not { } report)
                return false;
            if (report.Status == status && report.Note == note)
                return true; // nothing changed (a retried call): nothing to tell the citizen again
            var stored = StoredTime.Format(now);
            connection.Execute(
                "UPDATE infrastructure_reports SET status = @status, status_note = @note, updated_at = @stored WHERE ticket_number = @ticketNumber",
                new { ticketNumber, status, note, stored });
            // Pushed at once (WhatsApp: free text inside the 24-hour window, the notice template outside it), once per change.
            CitizenPush.Enqueue(connection, $"report-status:{ticketNumber}:{stored}", report.Sender, Notice(ticketNumber, status, note),
                $"laporan {ticketNumber}", now);
            pushed = true;
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (pushed)
            outboxSignal.Notify();
        return updated ? Find(ticketNumber) : null;
    }

    static string Notice(string ticketNumber, string status, string? note) =>
        $"📢 *Kabar laporan {ticketNumber}*\nStatus terbaru: *{ReportStatuses.Label(status)}*"
        + (string.IsNullOrWhiteSpace(note) ? "" : $"\nCatatan petugas: {note}");

    const string Select =
        """
        SELECT ticket_number AS ticketNumber, sender, category, description, address, latitude, longitude, photo_url AS photoUrl,
               status, status_note AS statusNote, created_at AS createdAt, updated_at AS updatedAt
        FROM infrastructure_reports
        """;

    sealed record Row
    {
        public required string TicketNumber { get; init; }
        public required string Sender { get; init; }
        public required string Category { get; init; }
        public required string Description { get; init; }
        public string? Address { get; init; }
        public double? Latitude { get; init; }
        public double? Longitude { get; init; }
        public string? PhotoUrl { get; init; }
        public required string Status { get; init; }
        public string? StatusNote { get; init; }
        public required string CreatedAt { get; init; }
        public required string UpdatedAt { get; init; }

        public InfrastructureReport ToReport() => new()
        {
            TicketNumber = TicketNumber, Sender = Sender, Category = Category, Description = Description, Address = Address,
            Latitude = Latitude, Longitude = Longitude, PhotoUrl = PhotoUrl, Status = Status, StatusNote = StatusNote,
            CreatedAt = StoredTime.Parse(CreatedAt), UpdatedAt = StoredTime.Parse(UpdatedAt),
        };
    }
}
