using System.Globalization;
using Analysis.Cli.Bench.Workloads;
using Analysis.Cli.Isolation;

namespace Analysis.Cli.Bench;

/// <summary>
/// Figure 2: compiling the script library, in a fresh process (runtime start, Roslyn loaded and JIT-compiled: what a
/// CI job or a first <c>indicators check</c> pays) and from the disk cache, ours against one CSharpScript per script.
/// </summary>
internal static class ColdCompile
{
    private const string Batch = "compile-batch";
    private const string Cached = "compile-cached";
    private const string PerScript = "compile-per-script";

    // The peer's process holds every script's compilation and assembly: about 2.8 GB resident at 100 scripts, which
    // with the CLI's non-concurrent GC crossed a 4 GB watchdog once; the limit guards the machine, not the figure.
    private static readonly ChildLimits Limits = new(TimeSpan.FromMinutes(10), 8L * 1024 * 1024 * 1024);

    private const string ColdProcess = "compile-cold-process";
    private const string CacheHitColdProcess = "compile-cache-hit-cold-process";
    private const string CacheHit = "compile-cache-hit";

    public static IReadOnlyList<string> Names { get; } = [ColdProcess, CacheHitColdProcess, CacheHit];

    public static IEnumerable<Figure> Measure(BenchScale scale, FigureFilter filter)
    {
        if (!filter.WantsAny(Names))
        {
            yield break;
        }

        var workload = CompileWorkload.For(scale.Scripts);
        workload.WriteScripts(scale.Scripts);
        workload.FillCache();

        // The peer's cold processes serve both cold figures, so they run once when either is wanted.
        var coldPeer = filter.WantsAny([ColdProcess, CacheHitColdProcess]) ? Child(PerScript, scale) : 0;
        if (filter.Wants(ColdProcess))
        {
            yield return new Figure(ColdProcess, Child(Batch, scale), coldPeer, $"{scale.Scripts} scripts, whole fresh process each, no cache");
        }

        if (filter.Wants(CacheHitColdProcess))
        {
            yield return new Figure(CacheHitColdProcess, Child(Cached, scale), coldPeer, $"{scale.Scripts} scripts, whole fresh process each");
        }

        if (filter.Wants(CacheHit))
        {
            var warmCached = Timing.MedianMs(scale, () => workload.Cached());
            var warmPeer = Timing.MedianMs(scale, () => workload.PerScript());
            yield return new Figure(CacheHit, warmCached, warmPeer, $"{scale.Scripts} scripts, in a warm process");
        }
    }

    /// <summary>In the child: one run of the named workload, printing the indicators it defined.</summary>
    public static int RunChild(CliContext context, string workload, int scripts)
    {
        var compile = CompileWorkload.For(scripts);
        var defined = workload switch
        {
            Batch => compile.Batch(),
            Cached => compile.Cached(),
            PerScript => compile.PerScript(),
            _ => throw new UsageException($"--child {workload}: expected {Batch}, {Cached} or {PerScript}"),
        };
        context.Out.WriteLine(defined.ToString(CultureInfo.InvariantCulture));
        return defined == scripts ? (int)ExitCode.Ok : (int)ExitCode.CheckFailed;
    }

    // The median wall-clock of whole child processes, from start to exit.
    private static double Child(string workload, BenchScale scale)
    {
        var times = new List<double>();
        for (var i = 0; i < scale.ColdRuns; i++)
        {
            var outcome = ChildProcess.RunSelf(["bench", "--child", workload, "--scripts", scale.Scripts.ToString(CultureInfo.InvariantCulture)], Limits);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"bench child {workload}: {outcome.Describe(Limits)}");
            }

            times.Add(outcome.Elapsed.TotalMilliseconds);
        }

        return Timing.Median(times);
    }
}
