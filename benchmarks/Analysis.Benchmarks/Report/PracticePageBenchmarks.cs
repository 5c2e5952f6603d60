using Analysis.Data;
using Analysis.Indicators;
using Analysis.Reports;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;

namespace Analysis.Benchmarks.Report;

/// <summary>
/// Practice scorecard pages per second on the built-in sample: the report's way (pages in parallel, each thread
/// reusing one builder and byte buffer, every file written whole), the same without the disk (HTML only), and the
/// naive baseline (one thread, a new builder and a string per page, <c>File.WriteAllText</c>). The model (engine
/// runs for every level and trend year) is computed once in setup, as the report does before writing. Each
/// operation writes <see cref="Pages"/> pages, so Op/s is pages per second.
/// </summary>
/// <remarks>
/// Measured on the 2-core box shared with three other engineers' builds and tests (load average 8-20 during the run),
/// means per page: one thread with a new builder and File.WriteAllText 931 us (1,074 pages/s), one thread with reused
/// buffers written whole 927 us (1,079/s), the report's parallel writer 966 us (1,036/s), the HTML alone in parallel
/// 335 us (2,990/s); allocations 259, 203, 204 and 138 KB a page (most of it the Plotly.NET trend chart). Creating
/// 6,000 new files dominates on this disk under that load (a bare 30 KB file took 130-160 us when the box was quiet),
/// so writing in parallel gained nothing here; rendering is where the threads pay. A whole build of the sample,
/// measured through the CLI with load 4-15, wrote the 6,296 practice pages in 7.6 s (831 a second).
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(PagesPerSecond))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PracticePageBenchmarks
{
    /// <summary>Pages an operation writes: the first 6,000 practices of the sample's 6,296.</summary>
    public const int Pages = 6_000;

    private ReportModel _model = null!;
    private IReadOnlyList<PracticeNode> _practices = [];
    private string _folder = string.Empty;
    private string _pages = string.Empty;
    private int _iteration;

    [GlobalSetup]
    public void ComputeOnce()
    {
        var indicators = IndicatorLibrary.Load(Path.Combine(RepoRoot(), "indicators"));
        _folder = Path.Combine(Path.GetTempPath(), "analysis-report-bench", Guid.NewGuid().ToString("N")[..8]);
        _model = ReportModelBuilder.Build(new ReportRequest { Data = NhsData.Open(NhsData.Sample), Indicators = indicators, OutputFolder = _folder, Synthetic = true }, null);
        if (_model.Practices.Count < Pages)
        {
            throw new InvalidOperationException($"the sample has {_model.Practices.Count} practices; the benchmark writes {Pages}");
        }

        _practices = [.. _model.Practices.Take(Pages)];
    }

    /// <summary>Each iteration writes into a new folder, as a build does (renaming over 6,000 old files costs more than creating them).</summary>
    [IterationSetup]
    public void NewFolder()
    {
        _pages = Path.Combine(_folder, (++_iteration).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(Path.Combine(_pages, "practice"));
    }

    [IterationCleanup]
    public void RemoveFolder() => Directory.Delete(_pages, recursive: true);

    [GlobalCleanup]
    public void RemovePages() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Pages, Description = "One thread, new builder per page, File.WriteAllText")]
    public long Naive()
    {
        long bytes = 0;
        foreach (var practice in _practices)
        {
            var html = new HtmlText(capacity: 16);
            PracticePage.Write(html, _model, practice);
            var text = html.Builder.ToString();
            File.WriteAllText(Path.Combine(_pages, practice.Path), text);
            bytes += text.Length;
        }

        return bytes;
    }

    [Benchmark(OperationsPerInvoke = Pages, Description = "One thread, reused buffers, written whole")]
    public long OneThread() => SiteWriter.PracticePages(_model, _practices, _pages, 1, null).Bytes;

    [Benchmark(OperationsPerInvoke = Pages, Description = "Parallel, reused buffers, written whole (the report)")]
    public long Report() => SiteWriter.PracticePages(_model, _practices, _pages, Environment.ProcessorCount, null).Bytes;

    [Benchmark(OperationsPerInvoke = Pages, Description = "Parallel, reused buffers, HTML only (no disk)")]
    public long HtmlOnly()
    {
        long chars = 0;
        Parallel.For(0, _practices.Count, () => new HtmlText(), (i, _, html) =>
        {
            PracticePage.Write(html, _model, _practices[i]);
            Interlocked.Add(ref chars, html.Builder.Length);
            html.Clear();
            return html;
        }, _ => { });
        return chars;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Adds operations per second, which here is pages per second.</summary>
    private sealed class PagesPerSecond : ManualConfig
    {
        public PagesPerSecond() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
