namespace Savira.Core;

/// <summary>How the assistant introduces itself; a city other than Semarang changes these.</summary>
public sealed class AssistantOptions
{
    public const string Section = "Savira:Assistant";

    public string Name { get; init; } = "Savira";
    public string City { get; init; } = "Kota Semarang";
}
