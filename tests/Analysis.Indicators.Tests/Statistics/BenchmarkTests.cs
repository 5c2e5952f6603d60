using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

using Polarity = Analysis.Statistics.Polarity;

public sealed class BenchmarkTests
{
    private static readonly Estimate Area = new(12.0, 10.0, 14.0);

    [Theory]
    [InlineData(9.0, Polarity.HighIsGood, BenchmarkOutcome.Better)]
    [InlineData(9.0, Polarity.LowIsGood, BenchmarkOutcome.Worse)]
    [InlineData(9.0, Polarity.NoJudgement, BenchmarkOutcome.Higher)]
    [InlineData(15.0, Polarity.HighIsGood, BenchmarkOutcome.Worse)]
    [InlineData(15.0, Polarity.LowIsGood, BenchmarkOutcome.Better)]
    [InlineData(15.0, Polarity.NoJudgement, BenchmarkOutcome.Lower)]
    [InlineData(10.0, Polarity.HighIsGood, BenchmarkOutcome.Similar)]
    [InlineData(14.0, Polarity.LowIsGood, BenchmarkOutcome.Similar)]
    [InlineData(12.5, Polarity.NoJudgement, BenchmarkOutcome.Similar)]
    [InlineData(9.0, Polarity.NotApplicable, BenchmarkOutcome.NotCompared)]
    public void Section06_one_level_compares_the_area_interval_with_the_benchmark_value(double benchmark, Polarity polarity, BenchmarkOutcome expected) =>
        Assert.Equal(expected, Benchmark.Compare(Area, benchmark, polarity));

    [Theory]
    [InlineData(double.NaN, 10, 14, 9)]
    [InlineData(12, double.NaN, 14, 9)]
    [InlineData(12, 10, double.NaN, 9)]
    [InlineData(12, 10, 14, double.NaN)]
    public void Section06_missing_value_limits_or_benchmark_give_no_comparison(double value, double lower, double upper, double benchmark) =>
        Assert.Equal(BenchmarkOutcome.NotCompared, Benchmark.Compare(new Estimate(value, lower, upper), benchmark, Polarity.HighIsGood));

    [Theory]
    [InlineData(11.0, BenchmarkOutcome.Similar)]
    [InlineData(10.0, BenchmarkOutcome.Similar)]
    [InlineData(9.5, BenchmarkOutcome.Better)]
    [InlineData(9.0, BenchmarkOutcome.Better)]
    [InlineData(8.9, BenchmarkOutcome.Best)]
    [InlineData(14.5, BenchmarkOutcome.Worse)]
    [InlineData(15.0, BenchmarkOutcome.Worse)]
    [InlineData(15.1, BenchmarkOutcome.Worst)]
    public void Section06_two_levels_step_once_between_95_and_99_8_and_twice_beyond_with_boundaries_milder(double benchmark, BenchmarkOutcome expected) =>
        Assert.Equal(expected, Benchmark.Compare(12.0, new Interval(10, 14), new Interval(9, 15), benchmark, Polarity.HighIsGood));

    [Theory]
    [InlineData(8.9, Polarity.LowIsGood, BenchmarkOutcome.Worst)]
    [InlineData(15.1, Polarity.LowIsGood, BenchmarkOutcome.Best)]
    [InlineData(8.9, Polarity.NoJudgement, BenchmarkOutcome.MuchHigher)]
    [InlineData(9.5, Polarity.NoJudgement, BenchmarkOutcome.Higher)]
    [InlineData(15.1, Polarity.NoJudgement, BenchmarkOutcome.MuchLower)]
    public void Section06_two_levels_follow_the_polarity(double benchmark, Polarity polarity, BenchmarkOutcome expected) =>
        Assert.Equal(expected, Benchmark.Compare(12.0, new Interval(10, 14), new Interval(9, 15), benchmark, polarity));

    [Theory]
    [InlineData(6.0, 8.0, 10.0, BenchmarkOutcome.Similar)]
    [InlineData(5.0, 7.0, 9.0, BenchmarkOutcome.Better)]
    [InlineData(14.0, 16.0, 18.0, BenchmarkOutcome.Similar)]
    [InlineData(14.5, 16.0, 18.0, BenchmarkOutcome.Worse)]
    public void Section06_double_overlap_is_similar_when_intervals_touch_or_overlap(double lower, double value, double upper, BenchmarkOutcome expected) =>
        Assert.Equal(expected, Benchmark.CompareIntervals(Area, new Estimate(value, lower, upper), Polarity.HighIsGood));

    [Fact]
    public void Section06_double_overlap_is_more_conservative_than_a_single_overlap()
    {
        var benchmark = new Estimate(9.0, 8.5, 10.5);

        Assert.Equal(BenchmarkOutcome.Better, Benchmark.Compare(Area, benchmark.Value, Polarity.HighIsGood));
        Assert.Equal(BenchmarkOutcome.Similar, Benchmark.CompareIntervals(Area, benchmark, Polarity.HighIsGood));
    }

    [Fact]
    public void Section15_example_spc_proportion_limits_for_200_at_10_percent()
    {
        var limits = Benchmark.SpcProportionLimits(200, 0.10, 0.95);

        Tolerances.AssertPrinted(0.0657, limits.Lower, 4);
        Tolerances.AssertPrinted(0.1494, limits.Upper, 4);
        Tolerances.AssertRelative(0.0656704486690959, limits.Lower, Tolerances.ClosedForm);
        Tolerances.AssertRelative(0.149405812432717, limits.Upper, Tolerances.ClosedForm);
        Assert.Equal(limits.Upper * 100, Benchmark.SpcProportionLimits(200, 10, 0.95, unit: 100).Upper, 10);
    }

    [Theory]
    [InlineData(0.16, BenchmarkOutcome.Better)]
    [InlineData(0.14, BenchmarkOutcome.Similar)]
    [InlineData(0.06, BenchmarkOutcome.Worse)]
    public void Section06_spc_for_proportions_compares_the_value_with_control_limits(double value, BenchmarkOutcome expected) =>
        Assert.Equal(expected, Benchmark.SpcProportion(value, 200, 0.10, Polarity.HighIsGood, 0.95));

    [Fact]
    public void Section06_spc_for_dsr_limits_are_exact_poisson_limits_of_the_expected_count()
    {
        // E = 150 per 100,000 × 20,000 / 100,000 = 30; exact limits of 30 at 95% are 20.24087 and 42.82687.
        var limits = Benchmark.SpcDsrLimits(20_000, 150, 0.95);

        Tolerances.AssertRelative(20.2408740214209 / 20_000 * 100_000, limits.Lower, Tolerances.Funnel);
        Tolerances.AssertRelative(42.8268653948077 / 20_000 * 100_000, limits.Upper, Tolerances.Funnel);
        Assert.Equal(BenchmarkOutcome.Worse, Benchmark.SpcDsr(220, 20_000, 150, Polarity.LowIsGood));
        Assert.Equal(BenchmarkOutcome.Similar, Benchmark.SpcDsr(200, 20_000, 150, Polarity.LowIsGood));
        Assert.Equal(BenchmarkOutcome.Lower, Benchmark.SpcDsr(90, 20_000, 150, Polarity.NoJudgement));
    }

    [Fact]
    public void Section06_spc_needs_a_positive_denominator()
    {
        Assert.Equal(BenchmarkOutcome.NotCompared, Benchmark.SpcProportion(0.2, 0, 0.1, Polarity.HighIsGood));
        Assert.Equal(BenchmarkOutcome.NotCompared, Benchmark.SpcDsr(200, double.NaN, 150, Polarity.HighIsGood));
    }
}
