namespace Savira.Core.Understanding.Entities;

/// <summary>
/// A name the matcher recognises in a message: a puskesmas ("Puskesmas Kedungmundu") or a hospital clinic
/// ("Poli Anak"). <see cref="Name"/> is what handlers receive; <see cref="Aliases"/> are other ways to write it.
/// </summary>
public sealed record NamedPlace
{
    /// <summary><see cref="EntityNames.Puskesmas"/> or <see cref="EntityNames.Clinic"/>.</summary>
    public required string Kind { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
