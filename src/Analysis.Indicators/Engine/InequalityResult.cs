using Analysis.Data.Periods;

namespace Analysis.Indicators;

/// <summary>
/// How an indicator varies with deprivation in one month: the slope index of inequality (the fitted gap between
/// the most and the least deprived ends of the population) and the relative index (their ratio), across the ten
/// national deprivation deciles of practices, with Monte-Carlo confidence intervals.
/// </summary>
/// <remarks>
/// Deciles run from 1, least deprived, to 10, most deprived, so a positive SII means the value rises with
/// deprivation (PHE's tables, whose decile 1 is the most deprived, show the opposite sign). Each decile is
/// weighted by its share of the indicator's denominator (for a mean, of its practices).
/// </remarks>
public sealed record InequalityResult
{
    /// <summary>The indicator.</summary>
    public required string IndicatorId { get; init; }

    /// <summary>The month the indices are for.</summary>
    public required Month Period { get; init; }

    /// <summary>The deciles with a value (all ten are needed for an index).</summary>
    public required int Groups { get; init; }

    /// <summary>The slope index: the fitted value at the most deprived end minus that at the least deprived end, on the value's scale.</summary>
    public double? Sii { get; init; }

    /// <summary>The lower confidence limit of the SII.</summary>
    public double? SiiLower { get; init; }

    /// <summary>The upper confidence limit of the SII.</summary>
    public double? SiiUpper { get; init; }

    /// <summary>The relative index: the fitted value at the most deprived end over that at the least deprived end.</summary>
    public double? Rii { get; init; }

    /// <summary>The lower confidence limit of the RII.</summary>
    public double? RiiLower { get; init; }

    /// <summary>The upper confidence limit of the RII.</summary>
    public double? RiiUpper { get; init; }

    /// <summary>The fitted value at the least deprived end.</summary>
    public double? Intercept { get; init; }
}
