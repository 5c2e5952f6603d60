namespace Analysis.Indicators.Engine.Columns;

/// <summary>
/// One leaf's value for every panel row (in the columns' month-major order): NaN where the row has none, with a
/// per-row code naming why (0 where there is a value; the whole code array is null when no row lacks one).
/// </summary>
internal sealed record LeafColumn(double[] Values, byte[]? Codes, IReadOnlyList<string> Reasons);
