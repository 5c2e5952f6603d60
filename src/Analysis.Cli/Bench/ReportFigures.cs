using System.Globalization;
using Analysis.Cli.Bench.Workloads;

namespace Analysis.Cli.Bench;

/// <summary>
/// Figure 5: practice scorecard pages, ours (the report's writer, in parallel) against the same writer on one
/// thread, timed over the practice pages alone; the note gives both as pages per second.
/// </summary>
internal static class ReportFigures
{
    private const string Pages = "report-pages";

    public static IReadOnlyList<string> Names { get; } = [Pages];

    public static IEnumerable<Figure> Measure(BenchScale scale, FigureFilter filter)
    {
        if (!filter.Wants(Pages))
        {
            yield break;
        }

        var workload = scale.ReportOnSample ? ReportWorkload.Sample() : ReportWorkload.Synthetic(scale.Practices, scale.Months);
        if (workload is null)
        {
            yield return Figure.Skipped(Pages, "the repository's indicators/ folder was not found");
            yield break;
        }

        for (var i = 0; i < scale.Warmups; i++)
        {
            workload.Build(null);
        }

        // Each build computes the model again (about as long as the pages take), so the few runs of a cold figure,
        // alternating the sides so that load on the machine falls on both.
        var ours = new List<double>();
        var peer = new List<double>();
        var pages = 0;
        for (var i = 0; i < scale.ColdRuns; i++)
        {
            var parallel = workload.Build(null);
            ours.Add(parallel.PracticeWrite.TotalMilliseconds);
            peer.Add(workload.Build(1).PracticeWrite.TotalMilliseconds);
            pages = parallel.PracticePages;
        }

        var (oursMs, peerMs) = (Timing.Median(ours), Timing.Median(peer));
        yield return new Figure(Pages, oursMs, peerMs, string.Create(CultureInfo.InvariantCulture,
            $"{pages:N0} practice pages of {workload.Source}, median of {scale.ColdRuns} site builds: ours {pages / oursMs * 1000:N0} pages/s on {Environment.ProcessorCount} threads, peer the same writer on one thread {pages / peerMs * 1000:N0} pages/s"));
    }
}
