namespace Savira.Core.Understanding.Entities;

/// <summary>
/// Where the gazetteer's names come from. The matcher's own table is one source; a service that keeps its
/// own list (the puskesmas table, RSUD clinics) registers another and calls
/// <see cref="Training.IntentModelTraining.RequestRetrain"/> when it changes.
/// </summary>
public interface INamedPlaceSource
{
    IEnumerable<NamedPlace> Load();
}
