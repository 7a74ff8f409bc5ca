namespace Savira.Core.Services;

/// <summary>
/// A city's system behind a service (the tax office's database, the water utility's billing) did not
/// answer in time, failed, or answered something unreadable. Handlers turn it into a polite "try later".
/// </summary>
public sealed class CitySystemUnavailableException : Exception
{
    public CitySystemUnavailableException()
    {
    }

    public CitySystemUnavailableException(string message) : base(message)
    {
    }

    public CitySystemUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
