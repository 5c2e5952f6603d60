namespace Analysis.Indicators;

/// <summary>How serious a script diagnostic is: an error stops the indicator being used, a warning does not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing to fix.</summary>
    Info,

    /// <summary>Probably a mistake, but the indicator can still run.</summary>
    Warning,

    /// <summary>The indicator cannot be used until this is fixed.</summary>
    Error,
}
