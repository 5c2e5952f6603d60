namespace Analysis.Cli.Bench;

/// <summary>Finds the real NHS files: $ANALYSIS_SHARED_DATA, or ../shared/data beside the repository this runs in.</summary>
internal static class SharedDataFolder
{
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("ANALYSIS_SHARED_DATA") is { Length: > 0 } overridden)
        {
            return Directory.Exists(overridden) ? overridden : null;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
                {
                    var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                    return Directory.Exists(data) ? data : null;
                }
            }
        }

        return null;
    }
}
