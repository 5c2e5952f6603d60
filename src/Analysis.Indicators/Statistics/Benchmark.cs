using Analysis.Statistics.Distributions;

namespace Analysis.Statistics;

/// <summary>Fingertips' comparisons of an area with a benchmark value: CI overlap at one or two levels, legacy double overlap, and SPC.</summary>
/// <remarks>
/// METHODS.md §6 (FT-open <c>SingleOverlappingCIsForOneCILevelComparer</c>, <c>…ForTwoCILevelsComparer</c>,
/// <c>DoubleOverlappingCIsComparer</c>, <c>SpcForProportionsComparer</c>, <c>SpcForDsrComparer</c>;
/// FT-next <c>BenchmarkComparisonEngine</c>). The area's own interval is compared with the benchmark's point
/// value; touching a limit counts as the milder category. Any missing input gives
/// <see cref="BenchmarkOutcome.NotCompared"/>, as does <see cref="Polarity.NotApplicable"/>.
/// Deviation: FT-open returns Best/Worst unswapped for "Low is good"; here a lower area is always the better one.
/// </remarks>
public static class Benchmark
{
    /// <summary>"Confidence intervals overlapping reference value (95.0)" (or 99.8): the area's CI against the benchmark value.</summary>
    public static BenchmarkOutcome Compare(Estimate area, double benchmark, Polarity polarity)
    {
        if (!Comparable(polarity, area.Value, area.Lower, area.Upper, benchmark))
        {
            return BenchmarkOutcome.NotCompared;
        }

        return Outcome(Direction(area.Interval, benchmark), polarity, twoSteps: false);
    }

    /// <summary>
    /// "Confidence intervals overlapping reference value (95.0 &amp; 99.8)": Similar inside the 95% CI, one step
    /// between the 95% and 99.8% limits, two steps (Best/Worst) beyond the 99.8% limits.
    /// </summary>
    public static BenchmarkOutcome Compare(double value, Interval at95, Interval at998, double benchmark, Polarity polarity)
    {
        if (!Comparable(polarity, value, at95.Lower, at95.Upper, benchmark) || at998.IsMissing)
        {
            return BenchmarkOutcome.NotCompared;
        }

        var direction = Direction(at95, benchmark);
        if (direction == 0)
        {
            return BenchmarkOutcome.Similar;
        }

        var beyond998 = direction > 0 ? benchmark < at998.Lower : benchmark > at998.Upper;
        return Outcome(direction, polarity, beyond998);
    }

    /// <summary>Legacy "double overlapping CIs": Similar when the area's and the benchmark's intervals overlap or touch.</summary>
    public static BenchmarkOutcome CompareIntervals(Estimate area, Estimate benchmark, Polarity polarity)
    {
        if (!Comparable(polarity, area.Value, area.Lower, area.Upper, benchmark.Value) || benchmark.Interval.IsMissing)
        {
            return BenchmarkOutcome.NotCompared;
        }

        var direction = area.Lower > benchmark.Upper ? 1 : area.Upper < benchmark.Lower ? -1 : 0;
        return Outcome(direction, polarity, twoSteps: false);
    }

    /// <summary>
    /// FT-open "SPC for proportions": the area's proportion against the Wilson interval of the expected count
    /// E = N·p₀ (control limits around the benchmark, not a CI around the area).
    /// </summary>
    /// <param name="value">The area's proportion on the scale of <paramref name="unit"/> (e.g. a percentage with unit 100).</param>
    /// <param name="denominator">The area's denominator N; must exceed 0 for a comparison.</param>
    /// <param name="benchmark">The benchmark proportion p₀ on the same scale.</param>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <param name="confidence">The control-limit level (Fingertips uses 0.998 and 0.95).</param>
    /// <param name="unit">The scale of the value: 1 for fractions, 100 for percentages.</param>
    public static BenchmarkOutcome SpcProportion(double value, double denominator, double benchmark, Polarity polarity, double confidence = 0.998, double unit = 1.0)
    {
        var limits = SpcProportionLimits(denominator, benchmark, confidence, unit);
        if (!Comparable(polarity, value, limits.Lower, limits.Upper, benchmark))
        {
            return BenchmarkOutcome.NotCompared;
        }

        return Outcome(Position(value, limits), polarity, twoSteps: false);
    }

    /// <summary>The SPC control limits for a proportion: the Wilson interval of E = N·p₀ over N, on the value's scale.</summary>
    /// <returns>The limits, or missing limits when the denominator is missing or not positive.</returns>
    public static Interval SpcProportionLimits(double denominator, double benchmark, double confidence = 0.998, double unit = 1.0)
    {
        var z = Confidence.Z(confidence);
        if (double.IsNaN(denominator) || double.IsNaN(benchmark) || denominator <= 0)
        {
            return Interval.Missing;
        }

        var expected = denominator * (benchmark / unit);
        var (lower, upper) = Proportion.WilsonBounds(expected, denominator, z);
        return new Interval(lower * unit, upper * unit);
    }

    /// <summary>
    /// FT-open "SPC for DSR": the area's rate against exact Poisson control limits for the expected count
    /// E = benchmark × denominator / unit, found by bisection.
    /// </summary>
    /// <param name="value">The area's rate per <paramref name="unit"/>.</param>
    /// <param name="denominator">The area's population; must exceed 0 for a comparison.</param>
    /// <param name="benchmark">The benchmark rate per <paramref name="unit"/>.</param>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <param name="confidence">The control-limit level: 0.95 (tails 0.025) or 0.998 (tails 0.001).</param>
    /// <param name="unit">The rate's multiplier, e.g. 100,000.</param>
    public static BenchmarkOutcome SpcDsr(double value, double denominator, double benchmark, Polarity polarity, double confidence = 0.95, double unit = 100_000)
    {
        var limits = SpcDsrLimits(denominator, benchmark, confidence, unit);
        if (!Comparable(polarity, value, limits.Lower, limits.Upper, benchmark))
        {
            return BenchmarkOutcome.NotCompared;
        }

        return Outcome(Position(value, limits), polarity, twoSteps: false);
    }

    /// <summary>The SPC control limits for a rate: exact Poisson limits of E divided by the denominator, per unit.</summary>
    /// <returns>The limits, or missing limits when the denominator is missing or not positive.</returns>
    public static Interval SpcDsrLimits(double denominator, double benchmark, double confidence = 0.95, double unit = 100_000)
    {
        var c = Confidence.Normalise(confidence);
        if (double.IsNaN(denominator) || double.IsNaN(benchmark) || denominator <= 0)
        {
            return Interval.Missing;
        }

        var tail = (1.0 - c) / 2.0;
        var expected = benchmark * (denominator / unit);
        return new Interval(
            Poisson.MeanWithUpperTail(expected, tail) / denominator * unit,
            Poisson.MeanWithLowerTail(expected, tail) / denominator * unit);
    }

    /// <summary>+1 when the interval lies above the benchmark, −1 below, 0 when it contains or touches it.</summary>
    private static int Direction(Interval interval, double benchmark) =>
        interval.Lower > benchmark ? 1 : interval.Upper < benchmark ? -1 : 0;

    /// <summary>For control limits around the benchmark: +1 when the value is above the upper limit, −1 below the lower.</summary>
    private static int Position(double value, Interval limits) =>
        value > limits.Upper ? 1 : value < limits.Lower ? -1 : 0;

    private static bool Comparable(Polarity polarity, params ReadOnlySpan<double> inputs)
    {
        if (polarity == Polarity.NotApplicable)
        {
            return false;
        }

        foreach (var input in inputs)
        {
            if (double.IsNaN(input))
            {
                return false;
            }
        }

        return true;
    }

    private static BenchmarkOutcome Outcome(int direction, Polarity polarity, bool twoSteps) => (direction, polarity) switch
    {
        (0, _) => BenchmarkOutcome.Similar,
        (> 0, Polarity.HighIsGood) or (< 0, Polarity.LowIsGood) => twoSteps ? BenchmarkOutcome.Best : BenchmarkOutcome.Better,
        (< 0, Polarity.HighIsGood) or (> 0, Polarity.LowIsGood) => twoSteps ? BenchmarkOutcome.Worst : BenchmarkOutcome.Worse,
        (> 0, _) => twoSteps ? BenchmarkOutcome.MuchHigher : BenchmarkOutcome.Higher,
        _ => twoSteps ? BenchmarkOutcome.MuchLower : BenchmarkOutcome.Lower,
    };
}
