namespace Savira.Core.Data;

public sealed class DatabaseTooNewException(string filePath, int databaseVersion, int knownVersion)
    : Exception($"The database {filePath} is at schema version {databaseVersion}, but this build of Savira knows only versions up to {knownVersion}. " +
                "Run a newer Savira against it, or point Savira:Database:Path at another file.")
{
    public int DatabaseVersion { get; } = databaseVersion;
    public int KnownVersion { get; } = knownVersion;
}
