using Analysis.Data.Catalogue;

namespace Analysis.Data.Sample;

/// <summary>
/// The built-in sample on disk: written once per seed and generator build into a cache folder, then
/// reused, so every <c>--data sample</c> run reads the same files through the same readers.
/// </summary>
public static class SampleCache
{
    /// <summary>The cache root: <c>ANALYSIS_CACHE</c> if set, else the user's local application data folder.</summary>
    public static string DefaultRoot =>
        Environment.GetEnvironmentVariable("ANALYSIS_CACHE") is { Length: > 0 } root
            ? root
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "analysis");

    /// <summary>
    /// The folder holding the default sample, generating it first if the cache lacks it or holds an
    /// incomplete copy. A generator change (a new build of this library) gets a new folder.
    /// </summary>
    public static string Ensure(string? root = null, SampleOptions? options = null)
    {
        options ??= SampleOptions.Default;
        var build = typeof(SampleCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        var folder = Path.Combine(root ?? DefaultRoot, $"sample-{options.Seed}-{options.Practices}-{options.FirstYear}-{options.LastYear}-{build}");
        if (IsComplete(folder))
        {
            return folder;
        }

        // Generate beside the final folder and move it into place whole, so a reader never sees half a
        // sample and two processes generating at once leave one complete copy.
        var staging = folder + ".partial-" + Guid.NewGuid().ToString("N");
        try
        {
            SyntheticEngland.Write(staging, options);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(staging, folder);
        }
        catch (IOException) when (IsComplete(folder))
        {
            // Another process finished first; its copy is as good as ours.
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return folder;
    }

    private static bool IsComplete(string folder) =>
        File.Exists(Path.Combine(folder, FetchManifest.FileName))
        && FetchManifest.Load(folder).Files.All(f => new FileInfo(Path.Combine(folder, f.Path)) is { Exists: true } file && file.Length == f.Bytes);
}
