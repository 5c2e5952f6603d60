using System.Globalization;
using System.Text;
using Analysis.Data.Panels;
using Analysis.Indicators;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Cli.Bench.Workloads;

/// <summary>
/// Figure 2: a library of indicator scripts compiled by ours (one Roslyn compilation for all, with or without the
/// disk cache) and by the naive peer (one <c>CSharpScript</c> per script, run to register its indicator).
/// </summary>
/// <remarks>
/// The scripts are written with fixed contents to a fixed folder per count, so separate processes compute the same
/// cache key and a later process can hit the entry an earlier one wrote.
/// </remarks>
internal sealed class CompileWorkload
{
    private static readonly (string Member, string Dataset, string Denominator)[] Measures =
    [
        ("p.Workforce.QualifiedGpFte", "Workforce", "p.WeightedPatients"),
        ("p.Workforce.NurseFte", "Workforce", "p.WeightedPatients"),
        ("p.Workforce.DirectPatientCareFte", "Workforce", "p.WeightedPatients"),
        ("p.Workforce.AdminFte", "Workforce", "p.WeightedPatients"),
        ("p.Workforce.PhysicianAssociateFte", "Workforce", "p.RegisteredPatients"),
    ];

    public CompileWorkload(string root)
    {
        Root = root;
        Folder = Path.Combine(root, "indicators");
        Cache = Path.Combine(root, "cache");
    }

    public string Root { get; }

    public string Folder { get; }

    public string Cache { get; }

    /// <summary>Where the scripts for a count live, under the temporary folder.</summary>
    public static CompileWorkload For(int scripts) =>
        new(Path.Combine(Path.GetTempPath(), "analysis-bench", string.Create(CultureInfo.InvariantCulture, $"compile-{scripts}")));

    /// <summary>Writes the scripts (only what differs, so the cache key is stable) and returns their paths.</summary>
    public IReadOnlyList<string> WriteScripts(int count)
    {
        Directory.CreateDirectory(Folder);
        var paths = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var path = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"wf{i:D3}.csx"));
            var text = Script(i);
            if (!File.Exists(path) || File.ReadAllText(path) != text)
            {
                global::Analysis.Data.AtomicFile.Write(path, Encoding.UTF8.GetBytes(text));
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Ours: every script in one compilation, no cache; returns the number of indicators defined.</summary>
    public int Batch() => Checked(new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = null }).Compile([Folder]));

    /// <summary>Ours from the disk cache (filling it first when empty, so the call measured is a hit).</summary>
    public int Cached()
    {
        var result = new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = Cache }).Compile([Folder]);
        return result.Timings.FromCache ? Checked(result) : throw new InvalidOperationException("the compile cache missed");
    }

    /// <summary>Fills the disk cache so that <see cref="Cached"/> hits.</summary>
    public void FillCache() => Checked(new IndicatorCompiler(new IndicatorCompilerOptions { CacheDirectory = Cache }).Compile([Folder]));

    /// <summary>The peer: one <c>CSharpScript</c> per script, each compiled and run to register its indicator.</summary>
    public int PerScript()
    {
        var options = ScriptOptions.Default
            .WithReferences(typeof(IndicatorScript).Assembly, typeof(PanelRow).Assembly)
            .WithImports("System", "System.Linq", "Analysis.Indicators", "Analysis.Data.Panels")
            .WithEmitDebugInformation(true) // as the batch compiler: stack traces with the script's lines
            .WithFileEncoding(Encoding.UTF8);
        var count = 0;
        foreach (var file in Directory.GetFiles(Folder, "*.csx").Order(StringComparer.Ordinal))
        {
            var globals = new IndicatorScript();
            var script = CSharpScript.Create(File.ReadAllText(file), options.WithFilePath(file), typeof(IndicatorScript));
            script.RunAsync(globals).GetAwaiter().GetResult();
            count += globals.Registered.Select(b => b.Build()).Count(d => IndicatorLint.Check(d).Count == 0);
        }

        return count;
    }

    private static int Checked(CompileResult result) =>
        result.HasErrors
            ? throw new InvalidOperationException("the benchmark scripts do not compile clean:\n" + string.Join('\n', result.Diagnostics))
            : result.Indicators.Count;

    private static string Script(int i)
    {
        var (member, dataset, denominator) = Measures[i % Measures.Length];
        var datasets = denominator == "p.WeightedPatients" ? $"Dataset.{dataset}, Dataset.Payments" : $"Dataset.{dataset}, Dataset.Registrations";
        return string.Create(CultureInfo.InvariantCulture, $$"""
            // Indicator {{i}} of the benchmark library.
            Indicator("WF{{i:D3}}", "{{member}} per 10,000 ({{i}})")
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

            """);
    }
}
