namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// An indicator's expressions as text (<c>p => p.Workforce.QualifiedGpFte</c>), for a definition that came back
/// from an isolated run: the expressions themselves stay in the process that ran the script.
/// </summary>
/// <param name="Numerator">The numerator (for a shortfall, the supply).</param>
/// <param name="Denominator">The denominator (for a shortfall, the need).</param>
/// <param name="Expected">The expected count of a standardised ratio.</param>
/// <param name="Exclusions">Each exclusion rule: its reason and its condition.</param>
internal sealed record IndicatorExpressions(string? Numerator, string? Denominator, string? Expected, IReadOnlyList<ExclusionText> Exclusions);
