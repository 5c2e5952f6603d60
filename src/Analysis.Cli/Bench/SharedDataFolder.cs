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

        var data = RepositoryFolder.Find() is { } root ? Path.GetFullPath(Path.Combine(root, "..", "shared", "data")) : null;
        return data is not null && Directory.Exists(data) ? data : null;
    }
}
