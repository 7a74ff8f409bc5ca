namespace Savira.Core.Services.Infrastruktur;

/// <summary>Where reports are filed and tracked; a city's complaint system (e.g. LAPOR!) can stand behind it.</summary>
public interface IReportDesk
{
    /// <summary>Files the report under a new ticket number, unique even when many are filed at once; once per <paramref name="effect"/>.</summary>
    Task<InfrastructureReport> FileAsync(NewReport report, Journal.EffectKey effect, CancellationToken cancellationToken);

    InfrastructureReport? Find(string ticketNumber);

    IReadOnlyList<InfrastructureReport> List(string? status);

    /// <summary>Sets a report's status and leaves the citizen a notice for their next message; null when the ticket is unknown.</summary>
    Task<InfrastructureReport?> UpdateStatusAsync(string ticketNumber, string status, string? note, CancellationToken cancellationToken);
}
