namespace Analysis.Statistics;

/// <summary>The recent-trend marker with the chi-square statistic behind it.</summary>
/// <param name="Marker">Increasing, decreasing, no change, or cannot be calculated.</param>
/// <param name="ChiSquare">The trend chi-square (1 df) over the five points; 0 when not calculated.</param>
/// <param name="IsSignificant">Whether χ² exceeds 9.5495 (99.8%) and the slope keeps its sign when each point is dropped.</param>
/// <remarks>METHODS.md §11.</remarks>
public readonly record struct TrendResult(TrendMarker Marker, double ChiSquare, bool IsSignificant);
