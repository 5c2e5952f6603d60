using Analysis.Data;
using Analysis.Indicators;
using Analysis.Reports;

namespace Analysis.Cli.Bench.Workloads;

/// <summary>
/// Figure 5: the report's practice scorecard pages, written by <see cref="ReportSite.Build"/> with the indicator
/// library of the repository, timed by the report itself (<see cref="ReportOutcome.PracticeWrite"/>, the practice
/// pages alone). Ours is the report's writer on every processor; the peer is the same writer on one thread.
/// </summary>
/// <remarks>
/// The naive baseline of the BenchmarkDotNet class (<c>Report/PracticePageBenchmarks</c>: a new builder and string
/// per page, <c>File.WriteAllText</c>) calls the report's page renderer, which is internal to Analysis.Reports and
/// visible to the benchmarks project only; the command line can reach the report through its public entry point
/// alone, so here the peer is the one-thread writer, and each run computes the model again.
/// </remarks>
internal sealed class ReportWorkload(NhsData data, IReadOnlyList<IndicatorDefinition> indicators, bool synthetic, string source)
{
    public string Source => source;

    /// <summary>The built-in sample (6,296 practices) and the repository's indicators; null when the repository is not found.</summary>
    public static ReportWorkload? Sample() =>
        Indicators() is { } library ? new ReportWorkload(NhsData.Open(NhsData.Sample), library, true, "the built-in sample") : null;

    /// <summary>The synthetic panel's records at the given size and the repository's indicators; null when the repository is not found.</summary>
    public static ReportWorkload? Synthetic(int practices, int months) =>
        Indicators() is { } library ? new ReportWorkload(SyntheticPanel.Data(practices, months), library, true, "the synthetic panel") : null;

    /// <summary>Builds the whole site into a new temporary folder with <paramref name="threads"/> writer threads (null: one per processor), then deletes it.</summary>
    public ReportOutcome Build(int? threads)
    {
        var folder = Path.Combine(Path.GetTempPath(), "analysis-bench", "report", Guid.NewGuid().ToString("N")[..8]);
        try
        {
            return ReportSite.Build(new ReportRequest
            {
                Data = data,
                Indicators = indicators,
                OutputFolder = folder,
                Synthetic = synthetic,
                SourceName = source,
                MaxDegreeOfParallelism = threads,
            });
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static IReadOnlyList<IndicatorDefinition>? Indicators() =>
        RepositoryFolder.Find() is { } root && Directory.Exists(Path.Combine(root, "indicators"))
            ? IndicatorLibrary.Load(Path.Combine(root, "indicators"))
            : null;
}
