using Analysis.Statistics;

namespace Analysis.Indicators;

/// <summary>
/// Spiegelhalter's overdispersed funnel (METHODS.md §8) fitted to one indicator's areas in one month, on the scale
/// its kind of value needs, with its limits given on the indicator's own scale. One model for the engine, the charts
/// and the review, so their limits agree.
/// </summary>
/// <remarks>
/// Proportions are fitted as x of n on the arcsine scale. Rates and shortfalls are fitted as observed counts against
/// the counts expected at the centre (England's rate, or the shortfall's target) on the square-root scale, like a
/// standardised ratio: that is the Poisson model of the engine's ordinary rate funnel. FunnelPlotR's ratio-of-counts
/// scale treats the denominator as a count of like size; for FTE per 10,000 patients that makes the limits far
/// narrower than the spread it measures. Standardised ratios are O against E on the square-root scale.
/// </remarks>
public sealed record OverdispersionModel
{
    private OverdispersionModel(OverdispersedFunnel funnel, double unitsPerSize, double multiplier)
    {
        Funnel = funnel;
        UnitsPerSize = unitsPerSize;
        Multiplier = multiplier;
    }

    /// <summary>The fitted funnel on its own scale (a ratio around 1 for rates, shortfalls and standardised ratios).</summary>
    public OverdispersedFunnel Funnel { get; }

    /// <summary>The funnel's units (denominator or expected count) per unit of the indicator's size.</summary>
    public double UnitsPerSize { get; }

    /// <summary>What turns the funnel's ratio into the indicator's value.</summary>
    public double Multiplier { get; }

    /// <summary>The centre line, on the indicator's scale.</summary>
    public double Centre => Funnel.Target * Multiplier;

    /// <summary>The limits at a size (denominator, or expected count for a standardised ratio), on the indicator's scale.</summary>
    public FunnelLimits LimitsAt(double size) => Funnel.LimitsAt(size * UnitsPerSize, Multiplier);

    /// <summary>The limits at a size with τ² added whether or not φ exceeds 1 (to draw beside the ordinary limits).</summary>
    public FunnelLimits AdjustedLimitsAt(double size) => Funnel.AdjustedLimitsAt(size * UnitsPerSize, Multiplier);

    /// <summary>Whether an area with this numerator and size lies strictly outside the limits at 0.95 or 0.998.</summary>
    public bool IsOutlier(double numerator, double size, double confidence = 0.998) =>
        Funnel.IsOutlier(numerator, size * UnitsPerSize, confidence);

    /// <summary>
    /// Fits the model to areas' numerators and sizes (NaN where an area has none; the funnel's z-scores keep the
    /// areas' order). Null for a kind of value without a sampling model (means, plain ratios), without a usable centre
    /// for a rate or shortfall, or with fewer than <paramref name="minimumAreas"/> areas to fit.
    /// </summary>
    /// <param name="d">The indicator.</param>
    /// <param name="centre">The benchmark on the indicator's scale: England's value for a rate, the target for a shortfall (unused otherwise).</param>
    /// <param name="numerators">Each area's numerator (observed count).</param>
    /// <param name="sizes">Each area's size: its denominator, or its expected count for a standardised ratio.</param>
    /// <param name="minimumAreas">The fewest areas worth a fit.</param>
    public static OverdispersionModel? Fit(IndicatorDefinition d, double? centre, IReadOnlyList<double> numerators, IReadOnlyList<double> sizes, int minimumAreas = 3)
    {
        ArgumentNullException.ThrowIfNull(d);
        var (scale, unitsPerSize, multiplier) = d.ValueType switch
        {
            IndicatorValueType.Proportion => (OverdispersionScale.Proportion, 1.0, d.Multiplier),
            IndicatorValueType.IndirectlyStandardisedRatio => (OverdispersionScale.StandardisedRatioCqc, 1.0, d.Multiplier),
            IndicatorValueType.Rate or IndicatorValueType.Shortfall when centre is { } c && c > 0 && double.IsFinite(c) && d.Multiplier != 0 =>
                (OverdispersionScale.StandardisedRatioCqc, c / d.Multiplier, c),
            _ => ((OverdispersionScale?)null, double.NaN, double.NaN),
        };
        if (scale is not { } s)
        {
            return null;
        }

        // Areas the scale cannot take (nothing to divide by, a negative count, a share above one) sit out the fit.
        var x = numerators.Select((n, i) => sizes[i] > 0 && n >= 0 && (s != OverdispersionScale.Proportion || n <= sizes[i]) ? n : double.NaN).ToArray();
        var units = x.Select((n, i) => double.IsNaN(n) ? double.NaN : sizes[i] * unitsPerSize).ToArray();
        if (x.Count(n => !double.IsNaN(n)) < minimumAreas)
        {
            return null;
        }

        var funnel = Statistics.Funnel.Overdispersed(x, units, s);
        return double.IsFinite(funnel.Target) && funnel.Target > 0 && double.IsFinite(funnel.Phi) ? new OverdispersionModel(funnel, unitsPerSize, multiplier) : null;
    }
}
