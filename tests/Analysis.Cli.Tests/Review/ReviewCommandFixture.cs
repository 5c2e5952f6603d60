using Analysis.Testing;

namespace Analysis.Cli.Tests.Review;

/// <summary>
/// A small synthetic England (150 practices) and a two-indicator library (WF01 and GPPS02 copied from indicators/),
/// written once for the review command's tests.
/// </summary>
public sealed class ReviewCommandFixture : IDisposable
{
    public ReviewCommandFixture()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        if (AnalysisCommand.Run(["data", "sample", "--out", Data, "--practices", "150", "--seed", "3"], output, error) != 0)
        {
            throw new InvalidOperationException("could not write the sample: " + error);
        }

        Directory.CreateDirectory(Library);
        foreach (var script in new[] { "workforce/wf01-qualified-gp-fte-per-10k-weighted.csx", "access/gpps02-phone-access-easy.csx" })
        {
            File.Copy(Indicator(script), Path.Combine(Library, Path.GetFileName(script)));
        }
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("indicators-review-").FullName;

    public string Data => Path.Combine(Folder, "data");

    public string Library => Path.Combine(Folder, "library");

    /// <summary>A script of the repository's library.</summary>
    public static string Indicator(string relative) => Path.Combine(SharedData.RepoRoot, "indicators", relative);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
