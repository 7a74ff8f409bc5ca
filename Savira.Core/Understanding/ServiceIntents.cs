namespace Savira.Core.Understanding;

/// <summary>The intents that are a city service (or a request for its officers), as opposed to small talk and the fallback.</summary>
public static class ServiceIntents
{
    public static bool IsService(this Intent intent) =>
        intent is not (Intent.Greeting or Intent.Thanks or Intent.Menu or Intent.OutOfScope);
}
