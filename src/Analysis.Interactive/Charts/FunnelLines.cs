using Analysis.Statistics;

namespace Analysis.Interactive;

/// <summary>
/// Funnel limits at any size, so the limit lines can be drawn smoothly between areas. They are the engine's own
/// rules restated through the public statistics (a test checks they meet every area's stored limits): PHE's normal
/// limits around England's proportion; Poisson limits of the count the benchmark rate would give (exact below the
/// engine's threshold, Byar's from it) for rates, shortfalls (around the target) and standardised ratios (around 1);
/// or, when the engine widened funnels for overdispersion, Spiegelhalter's limits fitted to the month's areas.
/// </summary>
internal static class FunnelLines
{
    /// <summary>The limits the engine used, or null where the indicator has no funnel (means, plain ratios, no benchmark).</summary>
    public static FunnelCurve? Engine(IndicatorSlice slice)
    {
        var d = slice.Definition;
        var options = slice.Results.Options;
        if (d.ValueType is IndicatorValueType.Mean or IndicatorValueType.Ratio or IndicatorValueType.Unset)
        {
            return null;
        }

        // As the engine: an overdispersed fit where one can be made, else the ordinary limits.
        if (options.Overdispersion && d.ValueType != IndicatorValueType.Shortfall && Overdispersed(slice) is { } fitted)
        {
            return new FunnelCurve(fitted.Centre, fitted.LimitsAt);
        }

        var m = d.Multiplier;
        double? centre = d.ValueType == IndicatorValueType.IndirectlyStandardisedRatio ? 1.0 : slice.Benchmark / m;
        if (centre is not { } c || !double.IsFinite(c) || c < 0)
        {
            return null;
        }

        if (d.ValueType == IndicatorValueType.Proportion)
        {
            return c <= 1 ? new FunnelCurve(c * m, size => Funnel.ProportionLimits(c, size, m)) : null;
        }

        var isr = d.ValueType == IndicatorValueType.IndirectlyStandardisedRatio;
        return new FunnelCurve(c * m, size =>
        {
            var expected = isr ? size : c * size;
            var at95 = PoissonCount.Limits(expected, 0.95, options.ExactPoissonBelow);
            var at998 = PoissonCount.Limits(expected, 0.998, options.ExactPoissonBelow);
            var scale = m / size;
            return new FunnelLimits(at95.Lower * scale, at95.Upper * scale, at998.Lower * scale, at998.Upper * scale);
        });
    }

    /// <summary>Spiegelhalter's funnel fitted to the month's areas as the engine fits it (<see cref="OverdispersionModel"/>), or null where none fits.</summary>
    public static OverdispersionModel? Overdispersed(IndicatorSlice slice) =>
        OverdispersionModel.Fit(
            slice.Definition,
            slice.Benchmark,
            [.. slice.Values.Select(v => v.Numerator ?? double.NaN)],
            [.. slice.Values.Select(v => slice.Size(v) ?? double.NaN)]);

    /// <summary>Sizes from the smallest to the largest, spaced evenly on a log scale so the curve near small sizes is smooth.</summary>
    public static IReadOnlyList<double> Sizes(double smallest, double largest, int count = 120)
    {
        if (!(smallest > 0) || !(largest > smallest))
        {
            return smallest > 0 ? [smallest] : [];
        }

        var ratio = Math.Log(largest / smallest);
        return [.. Enumerable.Range(0, count).Select(k => k == count - 1 ? largest : smallest * Math.Exp(ratio * k / (count - 1)))];
    }
}
