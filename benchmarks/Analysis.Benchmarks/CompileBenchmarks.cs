using Analysis.Cli.Bench.Workloads;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Analysis.Benchmarks;

/// <summary>
/// Figure 2 of <c>analysis bench</c> under BenchmarkDotNet: compiling a library of 100 indicator scripts all in one
/// Roslyn compilation (no cache), the same from the on-disk cache, and the naive baseline of one <c>CSharpScript</c>
/// per script (the workload is <see cref="CompileWorkload"/>, shared with the CLI). The FirstCall job runs each case
/// once in a fresh process, so it includes loading and JIT-compiling Roslyn; the Warm job is the steady state of a
/// long-lived process (a notebook reloading its library).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1, id: "FirstCall")]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 5, id: "Warm")]
public class CompileBenchmarks
{
    private const int Scripts = 100;

    private readonly CompileWorkload _workload = CompileWorkload.For(Scripts);

    // Setup only writes files: nothing may load or JIT Roslyn before the FirstCall job's single measured call.
    [GlobalSetup(Targets = [nameof(Batch_uncached), nameof(CSharpScript_per_script)])]
    public void WriteScripts() => _workload.WriteScripts(Scripts);

    // The cached case's setup fills the cache, so its first launch is a hit (Roslyn is then loaded in that process
    // for the fill, so FirstCall of the cached case is not a cold process: `analysis bench` measures that one).
    [GlobalSetup(Target = nameof(Batch_cached))]
    public void WriteScriptsAndCache()
    {
        WriteScripts();
        _workload.FillCache();
    }

    [Benchmark(Description = "Batch, no cache (one compilation)")]
    public int Batch_uncached() => _workload.Batch();

    [Benchmark(Description = "Batch, from the disk cache")]
    public int Batch_cached() => _workload.Cached();

    [Benchmark(Baseline = true, Description = "One CSharpScript per script")]
    public int CSharpScript_per_script() => _workload.PerScript();
}
