using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// One script's outcome in an isolated run: its definition (metadata, with the expressions as text), its values at
/// each level asked for, and every problem, located in the script: compile and sandbox errors, a failure while it
/// ran, or the limit that stopped the process evaluating it.
/// </summary>
/// <param name="Path">The script file.</param>
/// <param name="Definition">The indicator's metadata; its expression properties are null (see <paramref name="Expressions"/>). Null when it never ran or defined nothing.</param>
/// <param name="Expressions">The numerator, denominator, expected count and exclusions as text.</param>
/// <param name="Results">The values and coverage by level; empty when the script failed.</param>
/// <param name="Inequality">The indices of inequality, when asked for.</param>
/// <param name="Diagnostics">Every problem, errors and warnings.</param>
/// <param name="Elapsed">The time the worker spent on it (zero when it was rejected before any worker).</param>
internal sealed record IsolatedScript(
    string Path,
    IndicatorDefinition? Definition,
    IndicatorExpressions? Expressions,
    IReadOnlyDictionary<Level, IndicatorResults> Results,
    IReadOnlyList<InequalityResult> Inequality,
    IReadOnlyList<ScriptDiagnostic> Diagnostics,
    TimeSpan Elapsed)
{
    /// <summary>True when the script produced results and no error.</summary>
    public bool Succeeded => Results.Count > 0 && !Diagnostics.Any(d => d.IsError);

    /// <summary>A script that failed, with nothing but its problems.</summary>
    public static IsolatedScript Failed(string path, IEnumerable<ScriptDiagnostic> diagnostics, IndicatorDefinition? definition = null, IndicatorExpressions? expressions = null) =>
        new(path, definition, expressions, new Dictionary<Level, IndicatorResults>(), [], [.. diagnostics], TimeSpan.Zero);
}
