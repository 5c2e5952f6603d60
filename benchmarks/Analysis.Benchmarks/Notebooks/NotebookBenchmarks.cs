using Analysis.Notebooks.Execution;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Analysis.Benchmarks.Notebooks;

/// <summary>
/// Running notebooks in process. The FirstCall job runs each case once in a fresh process, so the small notebook's
/// time there is the cold start (loading and JIT-compiling Roslyn, the first compilation); run with <c>--job short</c>
/// for the steady state of a process that runs many notebooks. The 100-cell notebook divided by 100 is the per-cell cost.
/// </summary>
/// <remarks>Figures are in the notebook runner's note (README, "Notebooks").</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1, id: "FirstCall")]
public class NotebookBenchmarks
{
    private static readonly ExecutionOptions Options = new();

    [Benchmark(Baseline = true)]
    public int Small_notebook() => Run(BenchmarkNotebooks.Small);

    [Benchmark]
    public int Hundred_trivial_cells() => Run(BenchmarkNotebooks.HundredCells);

    private static int Run(Analysis.Notebooks.Documents.Notebook notebook)
    {
        var run = NotebookExecutor.RunAsync(notebook, Options).GetAwaiter().GetResult();
        return run.HasUnexpectedErrors ? throw new InvalidOperationException("a benchmark notebook failed") : run.Cells.Length;
    }
}
