namespace Analysis.Indicators.Review;

/// <summary>
/// The spread of practice values in the review month: count, mean and standard deviation, and the spine-chart
/// percentiles (Fingertips' rule, METHODS.md §9).
/// </summary>
public sealed record ReviewDistribution
{
    /// <summary>Practices with a value.</summary>
    public required int Count { get; init; }

    /// <summary>The mean of practice values (not the England value, which is a ratio of sums).</summary>
    public double? Mean { get; init; }

    /// <summary>The sample standard deviation of practice values.</summary>
    public double? StandardDeviation { get; init; }

    /// <summary>Minimum, 5th, 25th, 50th, 75th and 95th percentiles and maximum; null with 3 values or fewer.</summary>
    public Analysis.Statistics.SpineStatistics? Percentiles { get; init; }

    /// <summary>The practice values, ascending (for a histogram).</summary>
    public required IReadOnlyList<double> Values { get; init; }
}
