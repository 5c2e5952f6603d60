namespace Analysis.Statistics;

/// <summary>One single-year point of a trend: the value with its 95% limits, and the count and denominator behind it.</summary>
/// <remarks>METHODS.md §11: proportions compared by SPC use the count and denominator; other indicators use the value and its 95% limits.</remarks>
public readonly record struct TrendPoint(double Value, double Lower95, double Upper95, double Count, double Denominator);
