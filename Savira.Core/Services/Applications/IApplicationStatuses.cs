namespace Savira.Core.Services.Applications;

/// <summary>Looks up an application by its registration number; a city plugs in its permit or registry system here.</summary>
public interface IApplicationStatuses
{
    ServiceApplication? Find(string registrationNumber);
}
