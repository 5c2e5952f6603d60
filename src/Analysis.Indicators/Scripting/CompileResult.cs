namespace Analysis.Indicators;

/// <summary>
/// What compiling a set of indicator scripts gave: the definitions of every script that compiled and ran,
/// and every diagnostic (compiler errors, runtime failures and lint findings), located in the scripts.
/// </summary>
/// <param name="Indicators">The definitions, in script order (a script that failed contributes none).</param>
/// <param name="Diagnostics">Every problem found, ordered by file, line and column.</param>
/// <param name="Scripts">How many script files were compiled.</param>
/// <param name="Timings">Where the time went and whether the cache was used.</param>
public sealed record CompileResult(
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<ScriptDiagnostic> Diagnostics,
    int Scripts,
    CompileTimings Timings)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The errors only.</summary>
    public IEnumerable<ScriptDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>
    /// The load context the scripts ran in (already asked to unload); it is collected once nothing holds
    /// the definitions' closures. Null when nothing was loaded.
    /// </summary>
    internal WeakReference? LoadContext { get; init; }
}
