using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

// Non-SHMI references were computed with an independent Python transcription of the §8 steps.
public sealed class OverdispersedFunnelTests
{
    private static readonly double[] Observed = [100, 150, 180, 80, 120, 225];
    private static readonly double[] Expected = [108, 112, 165, 95, 100, 220];
    private static readonly double[] Numerators = [30, 45, 12, 60, 22, 90];
    private static readonly double[] Denominators = [200, 180, 150, 260, 210, 300];

    [Fact]
    public void Section08_example_funnelplotr_test_data_shmi()
    {
        var fit = Funnel.Overdispersed(Observed, Expected, OverdispersionScale.StandardisedRatioShmi);

        Tolerances.AssertPrinted(2.948033, fit.Phi, 6);
        Tolerances.AssertPrinted(0.01947753, fit.Tau2, 8);
        Tolerances.AssertRelative(2.948033175102358, fit.Phi, Tolerances.Funnel);
        Tolerances.AssertRelative(0.01947753057802157, fit.Tau2, Tolerances.Funnel);
        Assert.Equal(6, fit.UnitsUsed);
        Assert.True(fit.IsAdjusted);
    }

    [Fact]
    public void Section08_example_unadjusted_poisson_limits_at_expected_15()
    {
        var fit = Funnel.Overdispersed(Observed, Expected, OverdispersionScale.StandardisedRatioShmi);
        var limits = fit.UnadjustedLimitsAt(15);

        Tolerances.AssertPrinted(0.5596924, limits.Lower95, 7);
        Tolerances.AssertPrinted(1.649348, limits.Upper95, 6);
        Assert.True(limits.Lower998 < limits.Lower95 && limits.Upper998 > limits.Upper95);
    }

    [Fact]
    public void Section08_shmi_adjusted_limits_are_exp_of_z_root_1_over_e_plus_tau2()
    {
        var fit = Funnel.Overdispersed(Observed, Expected, OverdispersionScale.StandardisedRatioShmi);
        var limits = fit.LimitsAt(112, multiplier: 100);
        var spread = 1.959964 * Math.Sqrt((1.0 / 112) + fit.Tau2);

        Assert.Equal(100 * Math.Exp(spread), limits.Upper95, 10);
        Assert.Equal(100 * Math.Exp(-spread), limits.Lower95, 10);
        Assert.False(fit.IsOutlier(150, 112, 0.95), "inside the widened limits");
        Assert.True(150.0 / 112 > fit.UnadjustedLimitsAt(112).Upper95, "outside the Poisson limits");
    }

    [Fact]
    public void Section08_shmi_truncates_the_extreme_tenths_by_rank()
    {
        double[] observed = [50, 100, 150, 180, 80, 120, 225, 95, 130, 400];
        double[] expected = [100, 108, 112, 165, 95, 100, 220, 90, 125, 200];

        var fit = Funnel.Overdispersed(observed, expected, OverdispersionScale.StandardisedRatioShmi);

        // Ten units: group = ⌊rank·10/11⌋ is 0 for rank 1 and 9 for rank 10; those two are dropped.
        Assert.Equal(8, fit.UnitsUsed);
        Assert.True(double.IsNaN(fit.RobustZScores[0]) && double.IsNaN(fit.RobustZScores[9]));
    }

    [Fact]
    public void Section08_cqc_winsorises_on_the_square_root_scale()
    {
        var fit = Funnel.Overdispersed(Observed, Expected, OverdispersionScale.StandardisedRatioCqc);

        Tolerances.AssertRelative(2.327178257594119, fit.Phi, Tolerances.Funnel);
        Tolerances.AssertRelative(0.0034397801541862735, fit.Tau2, Tolerances.Funnel);
        Assert.Equal(1 + (3.090232 * Math.Sqrt((1.0 / (4 * 50)) + fit.Tau2)), fit.LimitsAt(50).Upper998, 12);
    }

    [Fact]
    public void Section08_proportions_use_the_arcsine_scale_around_the_pooled_proportion()
    {
        var fit = Funnel.Overdispersed(Numerators, Denominators, OverdispersionScale.Proportion);

        Assert.Equal(259.0 / 1300, fit.Target, 15);
        Tolerances.AssertRelative(7.869290650603287, fit.Phi, Tolerances.Funnel);
        Tolerances.AssertRelative(0.009846502632895372, fit.Tau2, Tolerances.Funnel);
        var at50 = fit.LimitsAt(50);
        Tolerances.AssertRelative(0.049286590296784956, at50.Lower95, Tolerances.Funnel);
        Tolerances.AssertRelative(0.41649457985551824, at50.Upper95, Tolerances.Funnel);
        Tolerances.AssertRelative(0.0074038688513939025, at50.Lower998, Tolerances.Funnel);
        Tolerances.AssertRelative(0.502812045983388, fit.LimitsAt(200).Upper998, Tolerances.Funnel);
    }

    [Fact]
    public void Section08_proportion_limits_stay_within_0_and_1_and_are_monotone()
    {
        var fit = Funnel.Overdispersed(Numerators, Denominators, OverdispersionScale.Proportion);
        var previous = fit.LimitsAt(1);
        Assert.Equal(0.0, previous.Lower998);
        foreach (var size in new[] { 2.0, 3, 5, 10, 30, 100, 1000 })
        {
            var next = fit.LimitsAt(size);
            Assert.InRange(next.Lower998, 0, 1);
            Assert.InRange(next.Upper998, 0, 1);
            Assert.True(next.Lower998 >= previous.Lower998 && next.Upper998 <= previous.Upper998);
            previous = next;
        }
    }

    [Fact]
    public void Section08_ratios_of_counts_use_the_log_scale_with_half_offsets()
    {
        var fit = Funnel.Overdispersed(Numerators, Denominators, OverdispersionScale.RatioOfCounts);
        var limits = fit.LimitsAt(200);

        Tolerances.AssertRelative(4.6242640451433, fit.Phi, Tolerances.Funnel);
        Tolerances.AssertRelative(0.13429743812945585, fit.Tau2, Tolerances.Funnel);
        Tolerances.AssertRelative(0.09682143493376016, limits.Lower95, Tolerances.Funnel);
        Tolerances.AssertRelative(0.40995983415696835, limits.Upper95, Tolerances.Funnel);
    }

    [Fact]
    public void Section08_without_overdispersion_the_unadjusted_limits_are_used()
    {
        double[] expected = [100, 200, 300, 400, 500];
        var fit = Funnel.Overdispersed([101, 198, 302, 399, 500], expected, OverdispersionScale.StandardisedRatioCqc);

        Assert.True(fit.Phi <= 1);
        Assert.False(fit.IsAdjusted);
        Assert.Equal(fit.UnadjustedLimitsAt(250), fit.LimitsAt(250));
    }

    [Fact]
    public void Section08_a_unit_on_the_line_is_not_an_outlier_and_levels_other_than_95_or_99_8_are_refused()
    {
        var fit = Funnel.Overdispersed(Observed, Expected, OverdispersionScale.StandardisedRatioCqc);
        var upper = fit.LimitsAt(100).Upper95;

        Assert.False(fit.IsOutlier(upper * 100, 100, 0.95));
        Assert.True(fit.IsOutlier((upper * 100) + 1, 100, 0.95));
        Assert.Throws<ArgumentOutOfRangeException>(() => fit.IsOutlier(1, 1, 0.99));
    }

    [Fact]
    public void Section08_adjusted_limits_are_wider_than_unadjusted_and_missing_units_take_no_part()
    {
        var fit = Funnel.Overdispersed([.. Numerators, double.NaN], [.. Denominators, 100], OverdispersionScale.Proportion);

        Assert.Equal(6, fit.UnitsUsed);
        Assert.True(double.IsNaN(fit.ZScores[6]));
        Assert.True(fit.AdjustedLimitsAt(100).Upper95 > fit.UnadjustedLimitsAt(100).Upper95);
        Assert.True(fit.AdjustedLimitsAt(100).Lower95 < fit.UnadjustedLimitsAt(100).Lower95);
    }
}
