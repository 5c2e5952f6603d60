namespace Analysis.Indicators.Tests.Scripting;

/// <summary>A temporary folder of indicator scripts written by a test, with its own compile cache beside it.</summary>
internal sealed class ScriptFolder : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicator-scripts-").FullName;

    public ScriptFolder() => Directory.CreateDirectory(Scripts);

    /// <summary>Where the scripts are.</summary>
    public string Scripts => Path.Combine(_root, "indicators");

    /// <summary>Where compiled scripts are cached.</summary>
    public string Cache => Path.Combine(_root, "cache");

    /// <summary>A compiler with this folder's cache.</summary>
    public IndicatorCompiler Compiler() => new(new IndicatorCompilerOptions { CacheDirectory = Cache });

    /// <summary>Writes a script and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Scripts, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>
    /// A lint-clean rate indicator, one call per line: line 1 is <c>Indicator(...)</c>, line 7 the numerator,
    /// line 8 the denominator.
    /// </summary>
    public static string Rate(string id, string numerator = "p.Workforce.QualifiedGpFte", string title = "Fully qualified GPs (FTE) per 10,000 weighted patients") => $$"""
        Indicator("{{id}}", "{{title}}")
            .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
            .Rationale("The usual measure of how well doctored an area is relative to the need of its patients.")
            .Domain(Domain.Workforce)
            .Rate(per: 10_000, ci: Ci.Byar)
            .Unit("per 10,000 weighted patients")
            .Numerator(p => {{numerator}})
            .Denominator(p => p.WeightedPatients)
            .Uses(Dataset.Workforce, Dataset.Payments)
            .HigherIsBetter();

        """;

    /// <summary>A lint-clean shortfall against the England rate.</summary>
    public static string Shortfall(string id) => $$"""
        Shortfall("{{id}}", "GP FTE shortfall against the England rate")
            .Definition("Fully qualified GP FTE the area would need at the England rate, less what it has.")
            .Rationale("Turns an under-doctored rate into a number of doctors.")
            .Supply(p => p.Workforce.QualifiedGpFte)
            .Need(p => p.WeightedPatients)
            .Target(Target.EnglandRate)
            .Unit("FTE")
            .Uses(Dataset.Workforce, Dataset.Payments);

        """;
}
