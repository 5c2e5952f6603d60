namespace Analysis.Indicators;

/// <summary>What kind of number an indicator is, which decides its confidence interval and aggregation.</summary>
public enum IndicatorValueType
{
    /// <summary>Not set: the linter reports it.</summary>
    Unset,

    /// <summary>Numerator out of denominator (Wilson score interval).</summary>
    Proportion,

    /// <summary>Events (or FTE) per N of a population (exact Poisson below the threshold, Byar's above).</summary>
    Rate,

    /// <summary>A plain ratio of two sums, no interval.</summary>
    Ratio,

    /// <summary>The mean of a practice-level value (t interval).</summary>
    Mean,

    /// <summary>Observed over expected count (indirectly standardised ratio).</summary>
    IndirectlyStandardisedRatio,

    /// <summary>Supply against need at a target rate: expected supply, gap and gap as %.</summary>
    Shortfall,
}
