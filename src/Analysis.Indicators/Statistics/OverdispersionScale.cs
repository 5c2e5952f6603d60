namespace Analysis.Statistics;

/// <summary>The kind of data in an overdispersed funnel, which fixes its variance-stabilising scale and robustification.</summary>
/// <remarks>
/// METHODS.md §8 (FunnelPlotR <c>data_type</c> "SR" with <c>sr_method</c> "SHMI" or "CQC", "PR", "RC"):
/// standardised ratios on the log scale with truncation (SHMI) or the square-root scale with Winsorising (CQC),
/// proportions on the arcsine scale, ratios of counts on the log scale with 0.5 offsets.
/// </remarks>
public enum OverdispersionScale
{
    /// <summary>Standardised ratio O/E, SHMI method: z = √E·ln(O/E), E rounded to 2 dp, 10% truncated at each end.</summary>
    StandardisedRatioShmi,

    /// <summary>Standardised ratio O/E, CQC (Spiegelhalter) method: square-root scale, Winsorised.</summary>
    StandardisedRatioCqc,

    /// <summary>Proportion x/n: arcsine-square-root scale, Winsorised.</summary>
    Proportion,

    /// <summary>Ratio of counts x/n: log scale with 0.5 added to both counts, Winsorised.</summary>
    RatioOfCounts,
}
