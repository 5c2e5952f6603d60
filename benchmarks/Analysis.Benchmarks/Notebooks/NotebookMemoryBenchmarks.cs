using System.Globalization;
using Analysis.Cli.Bench.Workloads;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Analysis.Benchmarks.Notebooks;

/// <summary>
/// Memory held after 100 runs of the small notebook in one process: the runner (each notebook emitted into a
/// collectible load context, unloaded at the end) against the naive baseline of Roslyn's own script runner, whose
/// loader keeps every submission assembly (dotnet/roslyn#41722). Each case runs once in its own process; the
/// retained managed heap, working set and loaded assemblies are printed after a full collection. Both sides are
/// <see cref="NotebookWorkload"/>, shared with <c>analysis bench</c>'s <c>notebooks-runs-*</c> figures.
/// </summary>
/// <remarks>
/// Measured under heavy load: the runner 7.0 MB managed, 234 MB working set, 52 assemblies loaded (2.16 min for the
/// 100 runs); Roslyn's runner 7.3 MB, 252 MB, 342 assemblies (three submission assemblies a run, never unloaded;
/// 1.58 min). The managed heap hardly differs because loaded assemblies live outside it; the assembly count and the
/// working set show the growth.
/// </remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1, id: "HundredRuns")]
public class NotebookMemoryBenchmarks
{
    private const int Runs = 100;

    [Benchmark]
    public int Runner_100_notebooks()
    {
        var cells = 0;
        for (var i = 0; i < Runs; i++)
        {
            cells += NotebookWorkload.Ours(NotebookWorkload.Small);
        }

        return cells;
    }

    [Benchmark(Baseline = true)]
    public int Roslyn_script_runner_100_notebooks()
    {
        var cells = 0;
        for (var i = 0; i < Runs; i++)
        {
            cells += NotebookWorkload.Peer(NotebookWorkload.Small);
        }

        return cells;
    }

    [GlobalCleanup]
    public void Report()
    {
        var (managed, assemblies, workingSet) = NotebookWorkload.Retained();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// retained after {Runs} notebook runs: managed heap {managed:0.0} MB, working set {workingSet:0.0} MB, {assemblies} assemblies loaded"));
    }
}
