using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pkb;

/// <summary>Where vehicle-tax data comes from (Samsat's records); the local implementation reads SQLite.</summary>
public interface IVehicleTaxRecords
{
    /// <summary>The vehicle with this plate, or null when it is not registered here.</summary>
    /// <exception cref="CitySystemUnavailableException">The records cannot be reached or read right now.</exception>
    ValueTask<VehicleTax?> FindAsync(PlateNumber plate, CancellationToken cancellationToken);
}
