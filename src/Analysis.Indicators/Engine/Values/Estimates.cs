using Analysis.Indicators.Engine.Evaluation;
using Analysis.Statistics;

namespace Analysis.Indicators.Engine.Values;

/// <summary>
/// An area's value and interval from its sums, by value type: Wilson for proportions, Poisson (exact below the
/// threshold, Byar's from it) for rates and standardised ratios, t for means, none for ratios and shortfalls.
/// </summary>
/// <remarks>
/// Where the method's preconditions fail (a zero denominator, a numerator above a proportion's denominator, a
/// negative count) the value is given without an interval, or not at all when it cannot be computed.
/// </remarks>
internal static class Estimates
{
    public static Estimate Of(IndicatorDefinition d, AreaTotals t, EngineOptions options)
    {
        if (t.Used == 0)
        {
            return Estimate.Missing;
        }

        var m = d.Multiplier;
        var c = options.Confidence;
        var (x, n) = (t.Numerator, t.Denominator);
        switch (d.ValueType)
        {
            case IndicatorValueType.Proportion:
                return !(n > 0) ? Estimate.Missing
                    : d.Ci == CiMethod.None || x < 0 || x > n ? Point(x / n * m)
                    : Proportion.Wilson(x, n, c, m);

            case IndicatorValueType.Rate or IndicatorValueType.Shortfall:
                return !(n > 0) ? Estimate.Missing
                    : x < 0 ? Point(x / n * m)
                    : d.Ci switch
                    {
                        CiMethod.Byar => Rate.Byar(x, n, m, c),
                        CiMethod.ExactPoisson => Rate.ExactPoisson(x, n, m, c),
                        CiMethod.Default when d.ValueType == IndicatorValueType.Rate => Rate.Crude(x, n, m, c, options.ExactPoissonBelow),
                        _ => Point(x / n * m),
                    };

            case IndicatorValueType.Ratio:
                return n == 0 ? Estimate.Missing : Point(x / n * m);

            case IndicatorValueType.Mean:
                return MeanOf(d, t, c);

            case IndicatorValueType.IndirectlyStandardisedRatio:
                var (observed, expected) = (t.Numerator, t.Third);
                return !(expected > 0) ? Estimate.Missing
                    : observed < 0 || d.Ci == CiMethod.None ? Point(observed / expected * m)
                    : Standardisation.IndirectRatio(observed, expected, c, m, d.Ci switch
                    {
                        CiMethod.ExactPoisson => double.PositiveInfinity,
                        CiMethod.Byar => 0,
                        _ => options.ExactPoissonBelow,
                    });

            default:
                return Estimate.Missing;
        }
    }

    private static Estimate MeanOf(IndicatorDefinition d, AreaTotals t, double confidence)
    {
        var k = t.Used;
        var mean = t.Numerator / k;
        if (d.Ci == CiMethod.None)
        {
            return Point(mean * d.Multiplier);
        }

        // Σv² − k·mean² can dip below zero by rounding when every value is the same.
        var sd = k > 1 ? Math.Sqrt(Math.Max(0, (t.Third - (k * mean * mean)) / (k - 1))) : 0;
        var e = Mean.WithT(mean, sd, k, confidence);
        return new Estimate(e.Value * d.Multiplier, e.Lower * d.Multiplier, e.Upper * d.Multiplier);
    }

    private static Estimate Point(double value) => double.IsFinite(value) ? new Estimate(value, double.NaN, double.NaN) : Estimate.Missing;
}
