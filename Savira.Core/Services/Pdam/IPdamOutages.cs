using Savira.Core.Services.Regions;

namespace Savira.Core.Services.Pdam;

/// <summary>Known water outages as the citizen dialogue reads them, and citizens' reports of new ones.</summary>
public interface IPdamOutages
{
    /// <summary>
    /// Outages not yet ended that touch <paramref name="area"/>: for a kelurahan, those entered for it or for
    /// its whole kecamatan; for a kecamatan, every one in it.
    /// </summary>
    ValueTask<IReadOnlyList<PdamOutage>> FindOpenAsync(Area area, CancellationToken cancellationToken);

    /// <summary>Records a citizen's report and returns its number.</summary>
    /// <summary>Records a citizen's report of an outage; once per <paramref name="effect"/>.</summary>
    Task<long> ReportAsync(PdamOutageReport report, Journal.EffectKey effect, CancellationToken cancellationToken);
}
