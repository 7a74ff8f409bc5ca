using Dapper;
using Savira.Core.Data;
using Savira.Core.Understanding.Entities;

namespace Savira.Core.Understanding.Training;

/// <summary>The matcher's own list of puskesmas and clinic names (table named_places); aliases are separated by "|".</summary>
public sealed class DatabaseNamedPlaces(Database database) : INamedPlaceSource
{
    public IEnumerable<NamedPlace> Load()
    {
        using var connection = database.Open();
        return connection.Query<PlaceRow>("SELECT kind, name, aliases FROM named_places ORDER BY kind, name")
            .Select(row => new NamedPlace
            {
                Kind = row.Kind,
                Name = row.Name,
                Aliases = (row.Aliases ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            })
            .ToList();
    }

    sealed record PlaceRow
    {
        public required string Kind { get; init; }
        public required string Name { get; init; }
        public string? Aliases { get; init; }
    }
}
