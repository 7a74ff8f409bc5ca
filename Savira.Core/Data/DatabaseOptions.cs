using System.ComponentModel.DataAnnotations;

namespace Savira.Core.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Savira:Database";

    /// <summary>The SQLite file; a relative path is taken from the host's content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; init; } = "data/savira.db";
}
