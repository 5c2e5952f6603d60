using Analysis.Indicators.Engine.Evaluation;
using Analysis.Statistics;

namespace Analysis.Indicators.Engine.Values;

/// <summary>
/// Funnel limits at each area's size around the benchmark, and where the area lies against them: proportions
/// by PHE's normal limits around England's proportion; rates by the Poisson limits of the count England's rate
/// would give at the area's denominator (exact below the engine's threshold, Byar's from it); standardised
/// ratios the same around 1 at the area's expected count; shortfalls around the target rate. A value strictly
/// outside a limit is significant; one on the line is not (as FunnelPlotR). Means and ratios get no funnel.
/// </summary>
/// <remarks>
/// With <see cref="EngineOptions.Overdispersion"/>, proportions, rates and standardised ratios get Spiegelhalter's
/// limits instead (<see cref="OverdispersionModel"/>: arcsine scale around the areas' Σx/Σn for proportions, square-root
/// scale for observed against expected counts, Winsorised at 10%), fitted to the level's areas that month; they widen
/// only when the areas vary more than chance allows (φ &gt; 1), and are otherwise the unadjusted limits on the same
/// scales. Shortfalls stay Poisson around their target.
/// </remarks>
internal static class Funnels
{
    /// <param name="d">The indicator.</param>
    /// <param name="values">The level's values for one month, in the order of <paramref name="totals"/>.</param>
    /// <param name="totals">Each value's sums.</param>
    /// <param name="centre">The benchmark per unit of denominator (England's x/n, 1, or the target rate), before the multiplier.</param>
    /// <param name="options">The engine's options (the Poisson threshold).</param>
    public static void Apply(IndicatorDefinition d, List<IndicatorValue> values, IReadOnlyList<AreaTotals> totals, double? centre, EngineOptions options)
    {
        if (centre is not { } c || !double.IsFinite(c) || d.ValueType is IndicatorValueType.Mean or IndicatorValueType.Ratio)
        {
            return;
        }

        var isr = d.ValueType == IndicatorValueType.IndirectlyStandardisedRatio;
        var sizes = totals.Select(t => t.Used == 0 ? double.NaN : isr ? t.Third : t.Denominator).ToArray();
        var overdispersed = options.Overdispersion && d.ValueType != IndicatorValueType.Shortfall
            ? OverdispersionModel.Fit(d, c * d.Multiplier, [.. totals.Select(t => t.Numerator)], sizes)
            : null;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Value is not { } value || !(sizes[i] > 0))
            {
                continue;
            }

            var limits = overdispersed is not null ? overdispersed.LimitsAt(sizes[i]) : Limits(d, c, sizes[i], options);
            if (limits is not { } found)
            {
                continue;
            }

            values[i] = values[i] with
            {
                FunnelLower95 = Finite(found.Lower95),
                FunnelUpper95 = Finite(found.Upper95),
                FunnelLower998 = Finite(found.Lower998),
                FunnelUpper998 = Finite(found.Upper998),
                Funnel = Signal(value, found),
            };
        }
    }

    private static FunnelLimits? Limits(IndicatorDefinition d, double centre, double size, EngineOptions options)
    {
        var m = d.Multiplier;
        if (d.ValueType == IndicatorValueType.Proportion)
        {
            return centre is >= 0 and <= 1 ? Funnel.ProportionLimits(centre, size, m) : null;
        }

        if (centre < 0)
        {
            return null;
        }

        // The count expected at the centre, with its Poisson control limits, back on the value's scale.
        var expected = d.ValueType == IndicatorValueType.IndirectlyStandardisedRatio ? size : centre * size;
        var at95 = PoissonCount.Limits(expected, 0.95, options.ExactPoissonBelow);
        var at998 = PoissonCount.Limits(expected, 0.998, options.ExactPoissonBelow);
        var scale = m / size;
        return new FunnelLimits(at95.Lower * scale, at95.Upper * scale, at998.Lower * scale, at998.Upper * scale);
    }

    private static FunnelSignal Signal(double value, FunnelLimits limits) =>
        value > limits.Upper998 ? FunnelSignal.VeryHigh
        : value > limits.Upper95 ? FunnelSignal.High
        : value < limits.Lower998 ? FunnelSignal.VeryLow
        : value < limits.Lower95 ? FunnelSignal.Low
        : FunnelSignal.NotSignificant;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
