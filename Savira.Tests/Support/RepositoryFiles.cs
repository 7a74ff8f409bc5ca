namespace Savira.Tests.Support;

/// <summary>Files outside the test's output folder: the repository root and the shared eval data beside it.</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding Savira.sln, found by walking up from the test binaries.</summary>
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Savira.sln")))
                    return folder.FullName;
            }
            throw new DirectoryNotFoundException("Savira.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>shared/eval/intents-dev.tsv: the repository root's parent holds shared/ (also in CI, at ../shared).</summary>
    public static string DevSet => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval", "intents-dev.tsv"));
}
