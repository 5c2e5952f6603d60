using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// What a worker found for one script, written to its own file: the script's diagnostics (compile, run, lint
/// and evaluation), its definition and, when it had no errors, its values at each level asked for.
/// </summary>
/// <param name="Path">The script.</param>
/// <param name="Diagnostics">Every problem, located in the script.</param>
/// <param name="Definitions">What the script defined (one, unless it broke the one-per-script rule).</param>
/// <param name="Results">The values and coverage at each level (none when the script had errors).</param>
/// <param name="Inequality">The indices of inequality by deprivation decile, when asked for.</param>
/// <param name="Milliseconds">How long running and evaluating the script took in the worker.</param>
internal sealed record WorkerResult(
    string Path,
    IReadOnlyList<ScriptDiagnostic> Diagnostics,
    IReadOnlyList<DefinitionRecord> Definitions,
    IReadOnlyList<LevelResults> Results,
    IReadOnlyList<InequalityResult> Inequality,
    double Milliseconds);
