namespace Analysis.Statistics;

/// <summary>The Fingertips recent-trend marker for an area's last five points.</summary>
/// <remarks>METHODS.md §11 (FT-open <c>TrendMarkerCalculator</c>).</remarks>
public enum TrendMarker
{
    /// <summary>Too few valid points, a count equal to its denominator, or a point the test cannot use.</summary>
    CannotBeCalculated,

    /// <summary>No significant change.</summary>
    NoChange,

    /// <summary>Significantly increasing.</summary>
    Increasing,

    /// <summary>Significantly decreasing.</summary>
    Decreasing,
}
