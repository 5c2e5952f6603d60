using System.Globalization;
using System.Text;
using Analysis.Data.Panels;
using Analysis.Indicators;
using Analysis.Indicators.Scripting;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Benchmarks;

/// <summary>
/// Compiling a library of 25 indicator scripts: all in one Roslyn compilation (no cache), the same from
/// the on-disk cache, and the naive baseline of one <c>CSharpScript</c> per script. The FirstCall job
/// runs each case once in a fresh process, so it includes loading and JIT-compiling Roslyn; the Warm job
/// is the steady state of a long-lived process (a notebook reloading its library).
/// </summary>
/// <remarks>
/// Measured on the 2-core box with other builds running (load average about 5), means: FirstCall batch
/// 1.95 s, cached 84 ms, one CSharpScript per script 5.89 s; Warm batch 167 ms, cached 11.8 ms, per
/// script 1.86 s (74 ms a script). Runs under heavier load varied by up to 2x; the ratios held.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1, id: "FirstCall")]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 10, iterationCount: 10, id: "Warm")]
public class CompileBenchmarks
{
    private const int Scripts = 25;

    private static readonly (string Member, string Dataset, string Denominator)[] Measures =
    [
        ("p.Workforce.QualifiedGpFte", "Workforce", "p.WeightedPatients"),
        ("p.Workforce.NurseFte", "Workforce", "p.WeightedPatients"),
        ("p.Workforce.DirectPatientCareFte", "Workforce", "p.WeightedPatients"),
        ("p.Workforce.AdminFte", "Workforce", "p.WeightedPatients"),
        ("p.Workforce.PhysicianAssociateFte", "Workforce", "p.RegisteredPatients"),
    ];

    // A fixed folder with fixed contents, so every benchmark process computes the same cache key and a
    // process can use the entry an earlier one wrote.
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "analysis-compile-bench", "indicators");
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "analysis-compile-bench", "cache");
    private string[] _files = [];

    // Setup only writes files: nothing may load or JIT Roslyn before the FirstCall job's single measured call.
    [GlobalSetup(Targets = [nameof(Batch_uncached), nameof(CSharpScript_per_script)])]
    public void WriteScripts()
    {
        Directory.CreateDirectory(_folder);
        _files = [.. Enumerable.Range(1, Scripts).Select(i => WriteScript(_folder, i))];
    }

    // The cache is filled after the uncached case has been measured (or, if that case was filtered out,
    // here: then the first FirstCall launch of the cached case is not cold).
    [GlobalSetup(Target = nameof(Batch_cached))]
    public void WriteScriptsAndCache()
    {
        WriteScripts();
        var key = CompileCache.Key(ScriptSource.Find([_folder]), []);
        if (!File.Exists(Path.Combine(_cache, key + ".json")))
        {
            FillCache();
        }
    }

    [GlobalCleanup(Target = nameof(Batch_uncached))]
    public void FillCache()
    {
        var result = new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = _cache }).Compile([_folder]);
        if (result.HasErrors || result.Indicators.Count != Scripts)
        {
            throw new InvalidOperationException("the benchmark scripts do not compile clean:\n" + string.Join('\n', result.Diagnostics));
        }
    }

    [Benchmark(Description = "Batch, no cache (one compilation)")]
    public int Batch_uncached() =>
        new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = null }).Compile([_folder]).Indicators.Count;

    [Benchmark(Description = "Batch, from the disk cache")]
    public int Batch_cached()
    {
        var result = new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = _cache }).Compile([_folder]);
        return result.Timings.FromCache ? result.Indicators.Count : throw new InvalidOperationException("the cache missed");
    }

    [Benchmark(Baseline = true, Description = "One CSharpScript per script")]
    public async Task<int> CSharpScript_per_script()
    {
        var options = ScriptOptions.Default
            .WithReferences(typeof(IndicatorScript).Assembly, typeof(PanelRow).Assembly)
            .WithImports("System", "System.Linq", "Analysis.Indicators", "Analysis.Data.Panels")
            .WithEmitDebugInformation(true) // as the batch compiler: stack traces with the script's lines
            .WithFileEncoding(Encoding.UTF8);
        var count = 0;
        foreach (var file in _files)
        {
            var globals = new IndicatorScript();
            var script = CSharpScript.Create(await File.ReadAllTextAsync(file), options.WithFilePath(file), typeof(IndicatorScript));
            await script.RunAsync(globals);
            count += globals.Registered.Select(b => b.Build()).Count(d => IndicatorLint.Check(d).Count == 0);
        }

        return count;
    }

    private static string WriteScript(string folder, int i)
    {
        var (member, dataset, denominator) = Measures[i % Measures.Length];
        var datasets = denominator == "p.WeightedPatients" ? $"Dataset.{dataset}, Dataset.Payments" : $"Dataset.{dataset}, Dataset.Registrations";
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"wf{i:D2}.csx"));
        File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture, $$"""
            // Indicator {{i}} of the benchmark library.
            Indicator("WF{{i:D2}}", "{{member}} per 10,000 ({{i}})")
                .Definition("{{member}} per 10,000 of {{denominator}}.")
                .Rationale("Benchmark script {{i}}.")
                .Domain(Domain.Workforce)
                .Rate(per: 10_000, ci: Ci.Byar)
                .Unit("per 10,000 patients")
                .Numerator(p => {{member}})
                .Denominator(p => {{denominator}})
                .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000")
                .Uses({{datasets}})
                .HigherIsBetter();

            """));
        return path;
    }
}
