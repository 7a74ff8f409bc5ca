using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Savira.Core.Data;
using Savira.Core.Outbox;
using Savira.Core.Replies;

namespace Savira.Core.Services.Infrastruktur;

public sealed class SqliteReportDesk(Database database, DatabaseWriter writer, Journal.EffectLedger ledger, TimeProvider clock,
    OutboxSignal outboxSignal, IOptionsMonitor<ReportDeskOptions> options) : IReportDesk
{
    public async Task<InfrastructureReport> FileAsync(NewReport report, Journal.EffectKey effect, CancellationToken cancellationToken)
    {
        var year = Wib.Today(report.CreatedAt).Year;
        var agency = options.CurrentValue.AgencyFor(report.Category);
        var kecamatan = SemarangAreas.KecamatanIn(report.Address);
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
                    (ticket_number, sender, category, description, address, latitude, longitude, photo_url, status, agency, kecamatan,
                     stage_since, created_at, updated_at)
                VALUES (@ticketNumber, @Sender, @Category, @Description, @Address, @Latitude, @Longitude, @PhotoUrl, @status, @agency, @kecamatan,
                        @now, @now, @now)
                """,
                new
                {
                    ticketNumber, report.Sender, report.Category, report.Description, report.Address,
                    report.Latitude, report.Longitude, report.PhotoUrl, status = ReportStages.Received, agency, kecamatan, now,
                });
            AddHistory(connection, ticketNumber, ReportEvent.StageKind, ReportStages.Received, agency, null, "warga", null, now);
            return ticketNumber;
        }, cancellationToken).ConfigureAwait(false);
        return Find(ticket)!;
    }

    public InfrastructureReport? Find(string ticketNumber)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<Row>($"{Select} WHERE ticket_number = @ticketNumber", new { ticketNumber })?.ToReport();
    }

    public IReadOnlyList<InfrastructureReport> List(string? stage)
    {
        using var connection = database.Open();
        return connection.Query<Row>($"{Select} WHERE @stage IS NULL OR status = @stage ORDER BY created_at DESC, id DESC LIMIT 500", new { stage })
            .Select(row => row.ToReport()).ToList();
    }

    public IReadOnlyList<ReportEvent> History(string ticketNumber)
    {
        using var connection = database.Open();
        return [.. connection.Query<(long Id, string Kind, string Stage, string? Agency, string? Note, string Actor, string At)>(
                "SELECT id, kind, stage, agency, note, actor, at FROM report_history WHERE ticket_number = @ticketNumber ORDER BY id", new { ticketNumber })
            .Select(row => new ReportEvent
            {
                Id = row.Id, Kind = row.Kind, Stage = row.Stage, Agency = row.Agency, Note = row.Note, Actor = row.Actor, At = StoredTime.Parse(row.At),
            })];
    }

    public IReadOnlyList<ReportPhoto> Photos(string ticketNumber)
    {
        using var connection = database.Open();
        return [.. connection.Query<(long Id, string Kind, string ContentType, string CreatedAt)>(
                "SELECT id, kind, content_type, created_at FROM report_photos WHERE ticket_number = @ticketNumber ORDER BY id", new { ticketNumber })
            .Select(row => new ReportPhoto { Id = row.Id, Kind = row.Kind, ContentType = row.ContentType, CreatedAt = StoredTime.Parse(row.CreatedAt) })];
    }

    public ReportPhoto? Photo(string ticketNumber, long id)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<(long Id, string Kind, string ContentType, string CreatedAt, byte[] Bytes)?>(
            "SELECT id, kind, content_type, created_at, bytes FROM report_photos WHERE ticket_number = @ticketNumber AND id = @id", new { ticketNumber, id });
        return row is { } photo
            ? new ReportPhoto { Id = photo.Id, Kind = photo.Kind, ContentType = photo.ContentType, CreatedAt = StoredTime.Parse(photo.CreatedAt), Bytes = photo.Bytes }
            : null;
    }

    public async Task<DeskResult> ChangeStageAsync(StageChange change, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        var stored = StoredTime.Format(now);
        var note = string.IsNullOrWhiteSpace(change.Note) ? null : change.Note.Trim();
        var kelurahan = string.IsNullOrWhiteSpace(change.Kelurahan) ? null : change.Kelurahan.Trim();
        var pushed = false;
        var result = await writer.WriteAsync(connection =>
        {
            var (report, answer) = Target(connection, change.Ticket, change.RequestKey);
            if (report is null)
                return answer!;
            if (report.Status == change.Stage && report.StatusNote == note)
                return new DeskResult(DeskOutcome.Unchanged, null); // the same change again (an API retry): told once
            if (!ReportStages.NextOf(report.Status).Contains(change.Stage))
                return new DeskResult(DeskOutcome.Refused, null, ReportStages.Refusal(report.Status, change.Stage), "status");
            if (ReportStages.NeedsReason(change.Stage) && note is null)
                return new DeskResult(DeskOutcome.Refused, null,
                    $"Tulis alasan {ReportStages.Label(change.Stage)}; alasan ini dikirim kepada warga pelapor.", "note");
            var kecamatan = change.Kecamatan is null ? null : SemarangAreas.FindKecamatan(change.Kecamatan);
            if (!string.IsNullOrWhiteSpace(change.Kecamatan) && kecamatan is null)
                return new DeskResult(DeskOutcome.Refused, null, $"Kecamatan “{change.Kecamatan.Trim()}” tidak ada di Kota Semarang. Pilih dari daftar.", "kecamatan");

            long? photoId = null;
            if (change.Stage == ReportStages.Done)
            {
                if (PhotoProblem(change.CompletionPhoto, settings.MaxPhotoBytes) is { } problem)
                    return new DeskResult(DeskOutcome.Refused, null, problem, "photo");
                photoId = connection.ExecuteScalar<long>(
                    "INSERT INTO report_photos (ticket_number, kind, content_type, bytes, created_at) VALUES (@Ticket, @kind, @type, @bytes, @stored) RETURNING id",
                    new { change.Ticket, kind = ReportPhoto.Completion, type = ReportPhotoFormat.Sniff(change.CompletionPhoto), bytes = change.CompletionPhoto, stored });
            }
            connection.Execute(
                """
                UPDATE infrastructure_reports
                SET status = @Stage, status_note = @note, stage_since = @stored, updated_at = @stored,
                    kecamatan = COALESCE(@kecamatan, kecamatan), kelurahan = COALESCE(@kelurahan, kelurahan)
                WHERE ticket_number = @Ticket
                """,
                new { change.Stage, note, stored, kecamatan, kelurahan, change.Ticket });
            var eventId = AddHistory(connection, change.Ticket, ReportEvent.StageKind, change.Stage, report.Agency, note, change.Actor, change.RequestKey, stored);
            // Pushed at once (WhatsApp: free text inside the 24-hour window, the notice template outside it), once per change.
            var media = photoId is { } id && settings.PublicBaseUrl.Length > 0 ? $"{settings.TrackingUrl(change.Ticket)}/foto/{id}" : null;
            CitizenPush.Enqueue(connection, $"report-stage:{eventId}", report.Sender, Notice(settings, change.Ticket, change.Stage, note, report.Agency, media is not null),
                $"laporan {change.Ticket}", now, media);
            pushed = true;
            return new DeskResult(DeskOutcome.Changed, null);
        }, cancellationToken).ConfigureAwait(false);
        if (pushed)
            outboxSignal.Notify();
        return result with { Report = Find(change.Ticket) };
    }

    public async Task<DeskResult> ReassignAsync(Reassignment change, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        var stored = StoredTime.Format(now);
        var pushed = false;
        var result = await writer.WriteAsync(connection =>
        {
            var (report, answer) = Target(connection, change.Ticket, change.RequestKey);
            if (report is null)
                return answer!;
            var agency = settings.Agencies.Keys.FirstOrDefault(code => string.Equals(code, change.Agency.Trim(), StringComparison.OrdinalIgnoreCase));
            if (agency is null)
                return new DeskResult(DeskOutcome.Refused, null, $"Dinas “{change.Agency}” tidak dikenal. Pilih dari daftar.", "agency");
            if (string.Equals(agency, report.Agency, StringComparison.OrdinalIgnoreCase))
                return new DeskResult(DeskOutcome.Refused, null, $"Laporan ini sudah ditangani {settings.AgencyName(agency)}.", "agency");
            if (string.IsNullOrWhiteSpace(change.Note))
                return new DeskResult(DeskOutcome.Refused, null, "Tulis catatan mengapa laporan dialihkan.", "note");
            if (report.Status is ReportStages.Closed or ReportStages.NotOurs)
                return new DeskResult(DeskOutcome.Refused, null, $"Laporan pada tahap {ReportStages.Label(report.Status)} tidak dapat dialihkan lagi.", "agency");
            connection.Execute("UPDATE infrastructure_reports SET agency = @agency, updated_at = @stored WHERE ticket_number = @Ticket",
                new { agency, stored, change.Ticket });
            var eventId = AddHistory(connection, change.Ticket, ReportEvent.AgencyKind, report.Status, agency, change.Note.Trim(), change.Actor, change.RequestKey, stored);
            // The citizen hears which agency has it now; the note is the staff's reason for the move, kept inside the desk.
            CitizenPush.Enqueue(connection, $"report-agency:{eventId}", report.Sender, AgencyNotice(settings, change.Ticket, report.Status, agency),
                $"laporan {change.Ticket}", now);
            pushed = true;
            return new DeskResult(DeskOutcome.Changed, null);
        }, cancellationToken).ConfigureAwait(false);
        if (pushed)
            outboxSignal.Notify();
        return result with { Report = Find(change.Ticket) };
    }

    public async Task<IReadOnlyList<string>> CloseUnrepliedAsync(IReadOnlySet<DateOnly> holidays, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (!settings.Deadlines.TryGetValue(ReportStages.Done, out var days) || days <= 0)
            return [];
        var now = clock.GetUtcNow();
        var today = Wib.Today(now);
        List<(string Ticket, string StageSince)> due;
        using (var connection = database.Open())
            due = [.. connection.Query<(string Ticket, string StageSince)>(
                    "SELECT ticket_number, stage_since FROM infrastructure_reports WHERE status = @Done ORDER BY id", new { ReportStages.Done })
                .Where(report => WorkingDays.Add(Wib.Today(StoredTime.Parse(report.StageSince)), days, holidays) < today)];
        if (due.Count == 0)
            return [];

        var stored = StoredTime.Format(now);
        var note = $"Ditutup otomatis: tidak ada tanggapan warga {days} hari kerja setelah Selesai.";
        var closed = await writer.WriteAsync(connection =>
        {
            var tickets = new List<string>();
            foreach (var (ticket, since) in due)
            {
                // Only if it is still the same Selesai: an officer who acted meanwhile wins, and a second pass finds nothing.
                var sender = connection.ExecuteScalar<string?>(
                    """
                    UPDATE infrastructure_reports SET status = @Closed, status_note = @note, stage_since = @stored, updated_at = @stored
                    WHERE ticket_number = @ticket AND status = @Done AND stage_since = @since
                    RETURNING sender
                    """,
                    new { ReportStages.Closed, ReportStages.Done, note, stored, ticket, since });
                if (sender is null)
                    continue;
                var agency = connection.ExecuteScalar<string?>("SELECT agency FROM infrastructure_reports WHERE ticket_number = @ticket", new { ticket });
                var eventId = AddHistory(connection, ticket, ReportEvent.StageKind, ReportStages.Closed, agency, note, AutoCloseActor, $"auto-close:{ticket}", stored);
                CitizenPush.Enqueue(connection, $"report-stage:{eventId}", sender, AutoCloseNotice(settings, ticket, days), $"laporan {ticket}", now);
                tickets.Add(ticket);
            }
            return tickets;
        }, cancellationToken).ConfigureAwait(false);
        if (closed.Count > 0)
            outboxSignal.Notify();
        return closed;
    }

    public IReadOnlyList<(string Ticket, string Url)> PhotosToFetch(int maxAttempts)
    {
        using var connection = database.Open();
        return [.. connection.Query<(string Ticket, string Url)>(
            """
            SELECT ticket_number, photo_url FROM infrastructure_reports AS report
            WHERE photo_url IS NOT NULL AND photo_fetch_attempts < @maxAttempts
              AND NOT EXISTS (SELECT 1 FROM report_photos WHERE ticket_number = report.ticket_number AND kind = 'warga')
            ORDER BY id LIMIT 20
            """, new { maxAttempts })];
    }

    public Task KeepCitizenPhotoAsync(string ticketNumber, byte[]? bytes, CancellationToken cancellationToken)
    {
        var type = bytes is null ? null : ReportPhotoFormat.Sniff(bytes);
        var stored = StoredTime.Format(clock.GetUtcNow());
        return writer.WriteAsync(connection =>
        {
            if (type is null || bytes!.Length > options.CurrentValue.MaxPhotoBytes)
                return connection.Execute("UPDATE infrastructure_reports SET photo_fetch_attempts = photo_fetch_attempts + 1 WHERE ticket_number = @ticketNumber",
                    new { ticketNumber });
            return connection.Execute(
                """
                INSERT INTO report_photos (ticket_number, kind, content_type, bytes, created_at)
                SELECT @ticketNumber, 'warga', @type, @bytes, @stored
                WHERE NOT EXISTS (SELECT 1 FROM report_photos WHERE ticket_number = @ticketNumber AND kind = 'warga')
                """,
                new { ticketNumber, type, bytes, stored });
        }, cancellationToken);
    }

    /// <summary>Why a completion photo cannot be kept, in the staff's words; null when it can.</summary>
    public static string? PhotoProblem(byte[]? bytes, int maxBytes) =>
        bytes is null || bytes.Length == 0 ? "Tahap Selesai memerlukan foto hasil pekerjaan. Unggah fotonya (JPEG, PNG, WebP, atau GIF)."
        : bytes.Length > maxBytes ? $"Foto terlalu besar ({bytes.Length / 1024.0 / 1024.0:0.0} MB). Paling besar {maxBytes / 1024 / 1024} MB; kecilkan dulu fotonya."
        : ReportPhotoFormat.Sniff(bytes) is null ? "Berkas itu bukan gambar yang dikenali. Unggah foto JPEG, PNG, WebP, atau GIF."
        : null;

    /// <summary>The report a change is for, or what to answer instead: a form already acted on, an unknown ticket.</summary>
    static (Row? Report, DeskResult? Answer) Target(SqliteConnection connection, string ticket, string? requestKey)
    {
        if (requestKey is not null && connection.ExecuteScalar<long>("SELECT COUNT(*) FROM report_history WHERE request_key = @requestKey", new { requestKey }) > 0)
            return (null, new DeskResult(DeskOutcome.Unchanged, null));
        var report = connection.QuerySingleOrDefault<Row>($"{Select} WHERE ticket_number = @ticket", new { ticket });
        return report is null ? (null, new DeskResult(DeskOutcome.NotFound, null)) : (report, null);
    }

    static long AddHistory(SqliteConnection connection, string ticket, string kind, string stage, string? agency, string? note, string actor,
        string? requestKey, string at) =>
        connection.ExecuteScalar<long>(
            """
            INSERT INTO report_history (ticket_number, kind, stage, agency, note, actor, request_key, at)
            VALUES (@ticket, @kind, @stage, @agency, @note, @actor, @requestKey, @at) RETURNING id
            """,
            new { ticket, kind, stage, agency, note, actor, requestKey, at });

    static string Notice(ReportDeskOptions settings, string ticket, string stage, string? note, string? agency, bool withPhoto)
    {
        var text = new System.Text.StringBuilder();
        text.Append("📢 *Kabar laporan ").Append(ticket).Append("*\n");
        var meaning = ReportStages.Meaning(stage);
        text.Append("Tahap terbaru: *").Append(ReportStages.Label(stage)).Append("* — ").Append(meaning);
        if (char.IsLetterOrDigit(meaning[^1]))
            text.Append('.'); // "… diteruskan ke dinas yang menangani." but "… selesai ✅", not "✅."
        if (stage == ReportStages.Assigned)
            text.Append("\nDitangani oleh: ").Append(settings.AgencyName(agency));
        if (note is not null)
            text.Append(ReportStages.NeedsReason(stage) ? "\nAlasan: " : "\nCatatan petugas: ").Append(note);
        if (withPhoto)
            text.Append("\nFoto hasil pekerjaan terlampir.");
        if (stage == ReportStages.Done && settings.Deadlines.TryGetValue(ReportStages.Done, out var closeAfter) && closeAfter > 0)
            text.Append("\nLaporan akan ditutup otomatis ").Append(closeAfter).Append(" hari kerja setelah ini.");
        if (settings.PublicBaseUrl.Length > 0)
            text.Append("\nPantau laporan: ").Append(settings.TrackingUrl(ticket));
        return text.ToString();
    }

    /// <summary>The history's actor for what the desk does by itself.</summary>
    public const string AutoCloseActor = "sistem";

    static string AgencyNotice(ReportDeskOptions settings, string ticket, string stage, string agency)
    {
        var text = new System.Text.StringBuilder();
        text.Append("📢 *Kabar laporan ").Append(ticket).Append("*\n");
        text.Append("Laporan Anda kini ditangani oleh *").Append(settings.AgencyName(agency)).Append("*. Tahapnya tetap *")
            .Append(ReportStages.Label(stage)).Append("*.");
        if (settings.PublicBaseUrl.Length > 0)
            text.Append("\nPantau laporan: ").Append(settings.TrackingUrl(ticket));
        return text.ToString();
    }

    static string AutoCloseNotice(ReportDeskOptions settings, string ticket, int days)
    {
        var text = new System.Text.StringBuilder();
        text.Append("📢 *Kabar laporan ").Append(ticket).Append("*\n");
        text.Append("Tahap terbaru: *").Append(ReportStages.Label(ReportStages.Closed)).Append("* — ").Append(ReportStages.Meaning(ReportStages.Closed));
        text.Append("\nLaporan ditutup otomatis ").Append(days).Append(" hari kerja setelah penanganan selesai.");
        if (settings.PublicBaseUrl.Length > 0)
            text.Append("\nPantau laporan: ").Append(settings.TrackingUrl(ticket));
        return text.ToString();
    }

    const string Select =
        """
        SELECT ticket_number AS ticketNumber, sender, category, description, address, latitude, longitude, photo_url AS photoUrl,
               status, status_note AS statusNote, agency, kecamatan, kelurahan, stage_since AS stageSince,
               created_at AS createdAt, updated_at AS updatedAt
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
        public string? Agency { get; init; }
        public string? Kecamatan { get; init; }
        public string? Kelurahan { get; init; }
        public required string StageSince { get; init; }
        public required string CreatedAt { get; init; }
        public required string UpdatedAt { get; init; }

        public InfrastructureReport ToReport() => new()
        {
            TicketNumber = TicketNumber, Sender = Sender, Category = Category, Description = Description, Address = Address,
            Latitude = Latitude, Longitude = Longitude, PhotoUrl = PhotoUrl, Status = Status, StatusNote = StatusNote,
            Agency = Agency, Kecamatan = Kecamatan, Kelurahan = Kelurahan, StageSince = StoredTime.Parse(StageSince),
            CreatedAt = StoredTime.Parse(CreatedAt), UpdatedAt = StoredTime.Parse(UpdatedAt),
        };
    }
}
