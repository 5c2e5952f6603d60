using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

// Deciles of PHEindicatormethods' own phe_sii example (Area1, life expectancy); references from an independent
// Python least-squares fit of yvals ~ sqrt_a + b_sqrt_a − 1 as phe_sii does.
public sealed class InequalityTests
{
    private static readonly double[] Populations = [7291, 7997, 6105, 7666, 5790, 6934, 5918, 5974, 7147, 7534];
    private static readonly double[] Values = [75.9, 78.3, 83.8, 83.6, 80.5, 81.1, 81.7, 84.2, 80.6, 86.3];
    private static readonly double[] Lower = [72.7, 75.3, 80.9, 80.2, 77.1, 78, 79, 81.4, 75.8, 83.2];
    private static readonly double[] Upper = [79.1, 81.4, 86.8, 87.1, 83.8, 84.2, 84.4, 86.9, 85.4, 89.4];

    [Fact]
    public void Section10_relative_ranks_are_ridit_mid_points()
    {
        var ranks = Inequality.RelativeRanks([10, 30, 20, 20, 20]);

        Assert.Equal([0.05, 0.25, 0.5, 0.7, 0.9], ranks.Select(r => Math.Round(r, 12)));
    }

    [Fact]
    public void Section10_sii_rii_and_intercept_of_the_phe_example()
    {
        var index = Inequality.Slope(Populations, Values);

        Tolerances.AssertRelative(7.000234760079941, index.Sii, Tolerances.ClosedForm);
        Tolerances.AssertRelative(1.0897097049119417, index.Rii, Tolerances.ClosedForm);
        Tolerances.AssertRelative(78.03207876952996, index.Intercept, Tolerances.ClosedForm);
    }

    [Fact]
    public void Section10_a_log_transform_fits_rates_on_the_log_scale()
    {
        var index = Inequality.Slope(Populations, Values, valueType: InequalityValueType.Rate, transform: true);

        Tolerances.AssertRelative(7.066241046488713, index.Sii, Tolerances.ClosedForm);
        Tolerances.AssertRelative(1.0905687146706846, index.Rii, Tolerances.ClosedForm);
        Tolerances.AssertRelative(78.0207720975411, index.Intercept, Tolerances.ClosedForm);
    }

    [Fact]
    public void Section10_a_logit_transform_with_a_negative_multiplier_inverts_the_rii()
    {
        var proportions = Values.Select(v => v / 100).ToArray();

        var positive = Inequality.Slope(Populations, proportions, 100, InequalityValueType.Proportion, transform: true);
        var negative = Inequality.Slope(Populations, proportions, -100, InequalityValueType.Proportion, transform: true);

        Tolerances.AssertRelative(6.8947047441138665, positive.Sii, Tolerances.ClosedForm);
        Tolerances.AssertRelative(1.0883724389982823, positive.Rii, Tolerances.ClosedForm);
        Tolerances.AssertRelative(78.01872192582447, positive.Intercept, Tolerances.ClosedForm);
        Tolerances.AssertRelative(-6.8947047441138665, negative.Sii, Tolerances.ClosedForm);
        Tolerances.AssertRelative(0.9188031267314903, negative.Rii, Tolerances.ClosedForm);
        Tolerances.AssertRelative(78.01872192582447, negative.Intercept, Tolerances.ClosedForm);
    }

    [Fact]
    public void Section10_standard_errors_come_from_95_percent_limits_on_the_value_scale()
    {
        Tolerances.AssertRelative(1.6326830621588906, Inequality.StandardError(72.7, 79.1), 1e-12);
        Assert.Equal((Math.Log(79.1) - Math.Log(72.7)) / 1.959963984540054 / 2, Inequality.StandardError(72.7, 79.1, InequalityValueType.Rate), 12);
    }

    [Fact]
    public void Section10_monte_carlo_interval_matches_the_exact_normal_interval_within_phe_tolerance()
    {
        // For plain values the SII is linear in the draws, so its 95% interval is exactly SII ± 1.96·sd:
        // 3.151679469 to 10.848790051.
        var standardErrors = Lower.Zip(Upper, (l, u) => Inequality.StandardError(l, u)).ToArray();

        var result = Inequality.SlopeWithInterval(Populations, Values, standardErrors, new Random(20240601));

        Tolerances.AssertRelative(3.151679469486793, result.Sii.Lower, Tolerances.MonteCarlo);
        Tolerances.AssertRelative(10.848790050673088, result.Sii.Upper, Tolerances.MonteCarlo);
        Assert.True(result.Rii.Contains(result.Estimate.Rii));
        Assert.Equal(result, Inequality.SlopeWithInterval(Populations, Values, standardErrors, new Random(20240601)));
    }

    [Fact]
    public void Section10_simulated_intervals_widen_with_confidence_and_handle_rates_on_the_log_scale()
    {
        var standardErrors = Lower.Zip(Upper, (l, u) => Inequality.StandardError(l, u, InequalityValueType.Rate)).ToArray();

        var at95 = Inequality.SlopeWithInterval(Populations, Values, standardErrors, new Random(7), 0.95, 20_000, valueType: InequalityValueType.Rate, transform: true);
        var at998 = Inequality.SlopeWithInterval(Populations, Values, standardErrors, new Random(7), 0.998, 20_000, valueType: InequalityValueType.Rate, transform: true);

        Assert.True(at95.Sii.Contains(at95.Estimate.Sii));
        Assert.True(at998.Sii.Lower < at95.Sii.Lower && at998.Sii.Upper > at95.Sii.Upper);
    }

    [Fact]
    public void Section10_bad_inputs_are_refused_and_missing_values_give_missing_indices()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Inequality.Slope([1, 2, 3, 4], [1, 2, 3, 4]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Inequality.Slope([1, 2, 0, 4, 5], [1, 2, 3, 4, 5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Inequality.Slope(Populations, Values, transform: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => Inequality.Slope(Populations, Values, valueType: InequalityValueType.Proportion));
        Assert.True(double.IsNaN(Inequality.Slope([1, 2, 3, 4, 5], [1, 2, double.NaN, 4, 5]).Sii));
    }

    [Fact]
    public void A_flat_gradient_has_no_inequality_and_reversing_the_quantiles_reverses_the_slope()
    {
        var flat = Inequality.Slope(Populations, Enumerable.Repeat(80.0, 10).ToArray());
        var reversed = Inequality.Slope(Populations.Reverse().ToArray(), Values.Reverse().ToArray());

        Assert.Equal(0.0, flat.Sii, 10);
        Assert.Equal(1.0, flat.Rii, 12);
        Assert.Equal(-Inequality.Slope(Populations, Values).Sii, reversed.Sii, 10);
    }
}
