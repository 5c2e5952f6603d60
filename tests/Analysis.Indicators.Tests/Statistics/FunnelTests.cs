using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

public sealed class FunnelTests
{
    [Fact]
    public void Section07_example_proportion_limits_for_200_at_10_percent()
    {
        var limits = Funnel.ProportionLimits(0.10, 200, multiplier: 1);

        Tolerances.AssertPrinted(0.0584229, limits.Lower95, 7);
        Tolerances.AssertPrinted(0.1415771, limits.Upper95, 7);
        Tolerances.AssertRelative(0.0584228852695097, limits.Lower95, Tolerances.Funnel);
        Tolerances.AssertRelative(0.0344462734260099, limits.Lower998, Tolerances.Funnel);
        Tolerances.AssertRelative(0.16555372657399, limits.Upper998, Tolerances.Funnel);
    }

    [Fact]
    public void Section15_example_phe_proportion_limits_are_symmetric_unlike_ft_open_spc()
    {
        var phe = Funnel.ProportionLimits(0.10, 200, multiplier: 1);
        var spc = Benchmark.SpcProportionLimits(200, 0.10, 0.95);

        Tolerances.AssertPrinted(0.0584, phe.Lower95, 4);
        Tolerances.AssertPrinted(0.1416, phe.Upper95, 4);
        Assert.Equal(0.10 - phe.Lower95, phe.Upper95 - 0.10, 14);
        Assert.True(spc.Upper - 0.10 > 0.10 - spc.Lower);
    }

    [Fact]
    public void Section07_proportion_limits_are_clamped_at_0_and_at_a_literal_100()
    {
        var small = Funnel.ProportionLimits(0.5, 1, multiplier: 1);
        var percent = Funnel.ProportionLimits(0.5, 1, multiplier: 100);

        Assert.Equal(0.0, small.Lower95);
        Assert.True(small.Upper95 > 1.0, "the clamp is the literal 100, so a fraction is not clamped at 1");
        Assert.Equal(100.0, percent.Upper95);
        Assert.Equal(0.0, percent.Lower998);
    }

    [Fact]
    public void Section07_units_are_judged_against_the_funnel_at_their_own_denominator()
    {
        double[] x = [10, 30, 95, 60, 400];
        double[] n = [200, 200, 1000, 300, 4000];

        var average = Funnel.Average(x, n);
        var significance = Funnel.ProportionSignificance(x, n);

        Assert.Equal(595.0 / 5700, average, 15);
        Assert.Equal(
            [FunnelSignificance.Low0025, FunnelSignificance.High0025, FunnelSignificance.NotSignificant, FunnelSignificance.High0001, FunnelSignificance.NotSignificant],
            significance);
        Assert.Equal("High (0.001)", Funnel.Label(significance[3]));
    }

    [Fact]
    public void Section07_a_missing_unit_takes_no_part_and_impossible_proportions_are_refused()
    {
        var significance = Funnel.ProportionSignificance([10, double.NaN, 95], [200, 200, 1000]);

        Assert.Equal(FunnelSignificance.Missing, significance[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Funnel.ProportionSignificance([10, 30], [200, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Funnel.ProportionSignificance([300, 30], [200, 40]));
    }

    [Theory]
    [InlineData(0, 5, FunnelSignificance.Low0025)]
    [InlineData(0, 8, FunnelSignificance.Low0001)]
    [InlineData(9, 4, FunnelSignificance.High0025)]
    [InlineData(30, 28, FunnelSignificance.NotSignificant)]
    [InlineData(160, 100, FunnelSignificance.High0001)]
    public void Section07_ratio_units_compare_their_count_interval_over_expected_with_one(double observed, double expected, FunnelSignificance significance) =>
        Assert.Equal(significance, Funnel.RatioSignificance(observed, expected));

    [Fact]
    public void Section07_ratio_funnel_lines_sit_where_the_exact_poisson_limits_of_the_count_equal_the_expected()
    {
        var row = Funnel.RatioLimits(20);

        Tolerances.AssertRelative(PoissonCount.Exact(20).Upper, row.Lower95.Size, Tolerances.Funnel);
        Tolerances.AssertRelative(PoissonCount.Exact(20).Lower, row.Upper95.Size, Tolerances.Funnel);
        Tolerances.AssertRelative(PoissonCount.Exact(20, 0.998).Upper, row.Lower998.Size, Tolerances.Funnel);
        Tolerances.AssertRelative(20 / PoissonCount.Exact(20, 0.998).Lower, row.Upper998.Limit, Tolerances.Funnel);
        Assert.Equal(row.Upper95.Limit * 100, Funnel.RatioLimits(20, FunnelRatioType.Isr).Upper95.Limit, 10);
        Assert.Equal(row.Lower95.Limit - 1, Funnel.RatioLimits(20, FunnelRatioType.Count).Lower95.Limit, 12);
    }

    [Fact]
    public void Section07_dsr_units_with_fewer_than_ten_events_are_not_assessed()
    {
        // Derived denominators 20,000, 80,000 and 5,000; the unit with no events has none (DSR).
        var funnel = Funnel.RateSignificance([100, 200, 5, 0], [500, 250, 100, 0], null, FunnelRateType.Dsr, 100_000);

        Assert.Equal(305.0 / 105_000, funnel.WeightedAverage, 15);
        Assert.True(double.IsNaN(funnel.DerivedDenominators[3]));
        Assert.Equal(
            [FunnelSignificance.High0001, FunnelSignificance.Low0025, FunnelSignificance.NotApplicable, FunnelSignificance.NotApplicable],
            funnel.Significance);
        Assert.Equal("Not applicable for events less than 10 for dsrs", Funnel.Label(funnel.Significance[2]));
    }

    [Fact]
    public void Section07_crude_units_with_no_events_use_their_own_denominator()
    {
        var funnel = Funnel.RateSignificance([100, 200, 5, 0], [500, 250, 100, 0], [20_000, 80_000, 5_000, 10_000], FunnelRateType.Crude, 100_000);

        Assert.Equal(305.0 / 115_000, funnel.WeightedAverage, 15);
        Assert.Equal(FunnelSignificance.Low0001, funnel.Significance[3]);
        Assert.Equal(FunnelSignificance.Low0025, funnel.Significance[2]); // exact upper limit of 5 is 11.67, /5,000 < 305/115,000
        Assert.Throws<ArgumentException>(() => Funnel.RateSignificance([0], [0], null, FunnelRateType.Crude, 1000));
    }

    [Fact]
    public void Section07_rate_funnel_lines_turn_expected_events_into_populations_per_year()
    {
        var row = Funnel.RateLimits(50, 0.002, 100_000, yearsOfData: 3);
        var expected = PoissonCount.Exact(50).Upper;

        Tolerances.AssertRelative(expected / 0.002 / 3, row.Lower95.Size, Tolerances.Funnel);
        Tolerances.AssertRelative(50 / (expected / 0.002) * 100_000, row.Lower95.Limit, Tolerances.Funnel);
        Assert.True(row.Lower998.Limit < row.Lower95.Limit && row.Upper998.Limit > row.Upper95.Limit);
    }

    [Fact]
    public void Section07_axis_points_grow_geometrically_from_the_rounded_range()
    {
        Assert.Equal((0.0, 32000.0), Funnel.AxisRange(1200, 30400));
        Assert.Equal((10000.0, 32000.0), Funnel.AxisRange(16000, 30400));
        Assert.Equal((100.0, 210.0), Funnel.AxisRange(160, 200));
        var points = Funnel.AxisPoints(0, 32000);

        Assert.Equal(100, points.Count);
        Assert.Equal(1.0, points[0]);
        Assert.Equal(2.0, points[1]);
        Assert.Equal(32000.0, points[^1]);
        Assert.All(points.Zip(points.Skip(1)), pair => Assert.True(pair.Second >= pair.First + 1));
    }
}
