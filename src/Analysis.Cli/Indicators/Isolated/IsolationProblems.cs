using System.Globalization;
using Analysis.Cli.Isolation;
using Analysis.Indicators;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// The diagnostics of a script that an isolated run contained (IND130–IND135), each located at the script's
/// definition so CI can annotate the file: what stopped it, and which limit it hit.
/// </summary>
internal static class IsolationProblems
{
    /// <summary>
    /// Why a script failed when the child process running it ended: the limit it hit, or the crash, shown at the
    /// script's definition. <paramref name="child"/> is what the child ran under, when that differs from the script's
    /// own limits (a worker's wall clock also covers its start).
    /// </summary>
    public static ScriptDiagnostic Contained(string path, ChildOutcome outcome, ChildLimits limits, ChildLimits? child = null)
    {
        var line = DefinitionLine(path);
        return outcome.End switch
        {
            ChildEnd.Stopped or ChildEnd.TimedOut => TimeLimit(path, line, limits.WallClock),
            ChildEnd.MemoryExceeded => MemoryLimit(path, line, limits.MemoryBytes, "passed"),
            _ when outcome.Stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) =>
                Crashed(path, line, "stack overflow (endless or too deep recursion)"),
            _ when outcome.Stderr.Contains("OutOfMemory", StringComparison.Ordinal) || outcome.Stderr.Contains("Out of memory", StringComparison.OrdinalIgnoreCase) =>
                MemoryLimit(path, line, limits.MemoryBytes, "ran out of memory under"),
            _ => Crashed(path, line, outcome.Describe(child ?? limits)),
        };
    }

    public static ScriptDiagnostic TimeLimit(string path, int line, TimeSpan limit) =>
        Error(path, line, "IND130", Invariant($"the script was stopped after the {limit.TotalSeconds:0.#} s time limit for one script (an endless or very long loop?); the other scripts ran in a fresh process"));

    public static ScriptDiagnostic MemoryLimit(string path, int line, long bytes, string how) =>
        Error(path, line, "IND131", Invariant($"the script {how} the memory limit of {bytes / (1024 * 1024)} MB (a huge or endless allocation?)"));

    public static ScriptDiagnostic Crashed(string path, int line, string why) =>
        Error(path, line, "IND132", $"the process evaluating the script crashed: {why}; the other scripts ran in a fresh process");

    public static ScriptDiagnostic NotEvaluated(string path, string why) =>
        Error(path, 1, "IND134", $"the script was not evaluated: {why}");

    public static ScriptDiagnostic TooLong(string path, int line, string field, int length) =>
        Error(path, line, "IND135", Invariant($"the indicator's {field} is {length:N0} characters long; at most {WorkerCommand.MaxText:N0} are kept, so the script is refused rather than cut"));

    public static ScriptDiagnostic DuplicateId(string path, int line, string id, string other) =>
        Error(path, line, "IND010", $"indicator id {id} is also defined at {other}");

    /// <summary>The line of the script's <c>Indicator(</c> or <c>Shortfall(</c> call, where a contained failure is shown (1 when there is none).</summary>
    private static int DefinitionLine(string path)
    {
        try
        {
            var lines = File.ReadAllLines(path);
            var at = Array.FindIndex(lines, l => l.Contains("Indicator(", StringComparison.Ordinal) || l.Contains("Shortfall(", StringComparison.Ordinal));
            return at + 1 is > 0 and var line ? line : 1;
        }
        catch (IOException)
        {
            return 1;
        }
    }

    private static ScriptDiagnostic Error(string path, int line, string id, string message) =>
        new(path, line, 1, id, DiagnosticSeverity.Error, message);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
