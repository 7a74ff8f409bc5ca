namespace Savira.Core.Services.Infrastruktur;

/// <summary>Where reports are filed and tracked; a city's complaint system (e.g. LAPOR!) can stand behind it.</summary>
public interface IReportDesk
{
    /// <summary>Files the report under a new ticket number, unique even when many are filed at once; once per <paramref name="effect"/>.</summary>
    Task<InfrastructureReport> FileAsync(NewReport report, Journal.EffectKey effect, CancellationToken cancellationToken);

    InfrastructureReport? Find(string ticketNumber);

    IReadOnlyList<InfrastructureReport> List(string? stage);

    IReadOnlyList<ReportEvent> History(string ticketNumber);

    /// <summary>The photos kept for a report, without their bytes.</summary>
    IReadOnlyList<ReportPhoto> Photos(string ticketNumber);

    ReportPhoto? Photo(string ticketNumber, long id);

    /// <summary>
    /// Moves a report to its next stage, records it in the history and pushes it to the citizen in the same write;
    /// a change that skips a stage, lacks a reason or (for Selesai) a completion photo is refused with nothing written.
    /// </summary>
    Task<DeskResult> ChangeStageAsync(StageChange change, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a report to another agency with a note, kept in the history; the citizen is told which agency has it now
    /// (not the note, which is the staff's reason for the move).
    /// </summary>
    Task<DeskResult> ReassignAsync(Reassignment change, CancellationToken cancellationToken);

    /// <summary>
    /// Closes every report left at Selesai longer than its deadline (<see cref="ReportDeskOptions.Deadlines"/>, working
    /// days after <paramref name="holidays"/>), each once, with a history line and one push; returns the tickets closed.
    /// </summary>
    Task<IReadOnlyList<string>> CloseUnrepliedAsync(IReadOnlySet<DateOnly> holidays, CancellationToken cancellationToken);

    /// <summary>Reports whose citizen photo is at Twilio but not yet kept here, tried fewer than <paramref name="maxAttempts"/> times.</summary>
    IReadOnlyList<(string Ticket, string Url)> PhotosToFetch(int maxAttempts);

    /// <summary>Keeps the citizen's photo fetched from Twilio (null bytes: one more failed attempt).</summary>
    Task KeepCitizenPhotoAsync(string ticketNumber, byte[]? bytes, CancellationToken cancellationToken);
}
