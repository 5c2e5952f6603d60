namespace Analysis.Indicators.Scripting;

/// <summary>
/// The script compiler's own diagnostics, in one catalogue with stable IDs (IND1xx; the linter owns
/// IND0xx and the C# compiler CSxxxx).
/// </summary>
internal static class ScriptProblems
{
    public static ScriptDiagnostic ReferenceDirective(string path, int line, int column) =>
        Error(path, line, column, "IND100", "#r is not allowed in an indicator script: scripts use only the DSL, System.Math and LINQ");

    public static ScriptDiagnostic LoadDirective(string path, int line, int column) =>
        Error(path, line, column, "IND101", "#load is not allowed in an indicator script: one indicator per file, with no shared code");

    public static ScriptDiagnostic GlobalUsing(string path, int line, int column) =>
        Error(path, line, column, "IND119", "a global using reaches into every other script compiled with this one: write a plain using");

    public static ScriptDiagnostic Invisible(string path, int line, int column, char character) =>
        Error(path, line, column, "IND118", string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the invisible formatting character U+{(int)character:X4} is not allowed in an indicator script: it can make code read differently from how it runs"));

    public static ScriptDiagnostic LineDirective(string path, int line, int column) =>
        Error(path, line, column, "IND123", "#line is not allowed in an indicator script: it would move diagnostics and hide lines from the sandbox's checks");

    public static ScriptDiagnostic BodyEscape(string path, int line, int column) =>
        Error(path, line, column, "IND124", "the script's braces do not balance: code after this point would sit outside the indicator script");

    public static ScriptDiagnostic Threw(string path, int line, int column, Exception exception) => exception is OutOfMemoryException
        ? Error(path, line, column, "IND131", "the script ran out of memory (a huge or endless allocation?)")
        : Error(path, line, column, "IND102", $"the script threw {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}");

    public static ScriptDiagnostic NoIndicator(string path) =>
        Error(path, 1, 1, "IND103", "the script defines no indicator: call Indicator(...) or Shortfall(...)");

    public static ScriptDiagnostic MoreThanOne(string path, int line, int column, string id, string first) =>
        Error(path, line, column, "IND104", $"one indicator per script: move {id} to its own file ({first} is this file's indicator)");

    public static ScriptDiagnostic Unlocated(string path, string id, string message) =>
        Error(path, 1, 1, id, message);

    private static ScriptDiagnostic Error(string path, int line, int column, string id, string message) =>
        new(path, line, column, id, DiagnosticSeverity.Error, message);
}
