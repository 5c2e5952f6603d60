using System.Globalization;

namespace Analysis.Indicators;

/// <summary>
/// One problem found in an indicator script, located in the original <c>.csx</c> file (1-based line and
/// column) and printed the way compilers do: <c>indicators/x.csx(7,13): error CS0103: ...</c>.
/// </summary>
/// <param name="Path">The script file, as it was named on the command line or found in a folder.</param>
/// <param name="Line">The 1-based line in that file.</param>
/// <param name="Column">The 1-based column in that line.</param>
/// <param name="Id">A stable identifier: <c>CS....</c> from the C# compiler, <c>IND0..</c> from the linter, <c>IND10.</c> from the script compiler, <c>IND11.</c>–<c>IND12.</c> from the sandbox, <c>IND13.</c> from an isolated run.</param>
/// <param name="Severity">Whether it blocks the indicator.</param>
/// <param name="Message">What is wrong and, where it can, what to do.</param>
public sealed record ScriptDiagnostic(string Path, int Line, int Column, string Id, DiagnosticSeverity Severity, string Message)
{
    /// <summary>True for an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{Column}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}");
}
