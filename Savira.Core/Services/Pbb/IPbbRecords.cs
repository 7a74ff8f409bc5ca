using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pbb;

/// <summary>
/// Where PBB data comes from: the local SQLite tables or the tax office's HTTP endpoint. A city plugs in
/// its own system by registering another implementation after <c>AddSaviraCore</c>.
/// </summary>
public interface IPbbRecords
{
    /// <summary>The tax object with its SPPT, or null when the NOP is not registered.</summary>
    /// <exception cref="CitySystemUnavailableException">The records cannot be reached or read right now.</exception>
    ValueTask<PbbTaxObject?> FindAsync(Nop nop, CancellationToken cancellationToken);
}
