namespace Analysis.Cli.Bench;

/// <summary>The repository this runs in: the nearest folder holding Analysis.sln above the current folder or the program.</summary>
internal static class RepositoryFolder
{
    public static string? Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
