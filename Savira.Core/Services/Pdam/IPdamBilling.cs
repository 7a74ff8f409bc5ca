using Savira.Core.Understanding.Entities;

namespace Savira.Core.Services.Pdam;

/// <summary>The water utility's billing; the local implementation reads SQLite.</summary>
public interface IPdamBilling
{
    /// <summary>The customer with their <paramref name="lastBills"/> latest bills, or null when the number is unknown.</summary>
    /// <exception cref="CitySystemUnavailableException">The billing cannot be reached or read right now.</exception>
    ValueTask<PdamAccount?> FindAsync(PdamCustomerNumber number, int lastBills, CancellationToken cancellationToken);
}
