using Xunit;

namespace Analysis.Testing;

/// <summary>Locates the real NHS files in ../shared/data (never copied into this repository).</summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Folder { get; } =
        Environment.GetEnvironmentVariable("ANALYSIS_SHARED_DATA") is { Length: > 0 } overridden
            ? overridden
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "data"));

    public static bool Exists => Directory.Exists(Folder);

    public static string Path(string relative) => System.IO.Path.Combine(Folder, relative);

    /// <summary>The sha256 PROVENANCE.md records for a shared file, read from its table row.</summary>
    public static string ProvenanceSha256(string relative)
    {
        var row = File.ReadLines(Path("PROVENANCE.md")).Single(l => l.StartsWith("| " + relative + " |", StringComparison.Ordinal));
        return row.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[^1];
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Analysis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact over the real files; skipped, saying why, only where ../shared/data is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Exists)
        {
            Skip = $"real NHS data folder not found at {SharedData.Folder} (set ANALYSIS_SHARED_DATA)";
        }
    }
}

/// <summary>A theory over the real files; skipped, saying why, only where ../shared/data is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Exists)
        {
            Skip = $"real NHS data folder not found at {SharedData.Folder} (set ANALYSIS_SHARED_DATA)";
        }
    }
}
