namespace Analysis.Indicators;

/// <summary>Where an indicator was defined: the script file and the line of its <c>Indicator(...)</c> call.</summary>
public sealed record SourceLocation(string Path, int Line)
{
    /// <summary>A definition made in code rather than in a script file.</summary>
    public static SourceLocation InCode { get; } = new("(code)", 0);

    /// <inheritdoc />
    public override string ToString() => $"{Path}({Line})";
}
