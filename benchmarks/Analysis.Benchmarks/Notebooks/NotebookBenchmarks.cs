using Analysis.Cli.Bench.Workloads;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Analysis.Benchmarks.Notebooks;

/// <summary>
/// Running notebooks in process. The FirstCall job runs each case once in a fresh process, so the small notebook's
/// time there is the cold start (loading and JIT-compiling Roslyn, the first compilation); run with <c>--job short</c>
/// for the steady state of a process that runs many notebooks. The 100-cell notebook divided by 100 is the per-cell cost.
/// The notebooks and the runner call are <see cref="NotebookWorkload"/>, shared with <c>analysis bench</c>'s figure 4.
/// </summary>
/// <remarks>
/// Measured with <c>--job short</c> on the 2-core box under heavy load (load average about 25; other builds and
/// tests running): FirstCall small notebook 8.87 s (the cold start), 100 trivial cells 24.9 s; ShortRun (warm)
/// small notebook 1.30 s, 100 trivial cells 9.44 s, about 94 ms a cell (compile, emit, load and run of one
/// submission). Allocations: 20 MB and 218 MB a run.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1, id: "FirstCall")]
public class NotebookBenchmarks
{
    private static readonly Analysis.Notebooks.Documents.Notebook HundredCells = NotebookWorkload.TrivialCells(100);

    [Benchmark(Baseline = true)]
    public int Small_notebook() => NotebookWorkload.Ours(NotebookWorkload.Small);

    [Benchmark]
    public int Hundred_trivial_cells() => NotebookWorkload.Ours(HundredCells);

    [Benchmark(Description = "100 trivial cells as a bare CSharpScript chain (the per-cell peer)")]
    public int Hundred_trivial_cells_bare_chain() =>
        NotebookWorkload.Chain([.. HundredCells.Cells.Select(c => c.Source)], Path.GetTempPath(), "trivial");
}
