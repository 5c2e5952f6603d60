namespace Analysis.Indicators;

/// <summary>Thrown by <see cref="IndicatorLibrary.Load"/> when scripts have errors; the message lists every one, located.</summary>
public sealed class IndicatorLibraryException : Exception
{
    /// <summary>An exception listing the errors.</summary>
    public IndicatorLibraryException(string folder, IReadOnlyList<ScriptDiagnostic> errors)
        : base($"{errors.Count} error(s) in the indicator scripts under '{folder}':{Environment.NewLine}{string.Join(Environment.NewLine, errors)}") =>
        Errors = errors;

    /// <summary>The errors, located in the scripts.</summary>
    public IReadOnlyList<ScriptDiagnostic> Errors { get; }
}
