using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

public sealed class RateTests
{
    [Fact]
    public void Section02_rate_limits_are_count_limits_over_the_denominator_times_the_multiplier()
    {
        var rate = Rate.Crude(65, 20_000);

        Assert.Equal(325.0, rate.Value, 10);
        Tolerances.AssertPrinted(50.1631877105 / 20_000 * 100_000, rate.Lower, 8);
        Tolerances.AssertPrinted(82.8491385459 / 20_000 * 100_000, rate.Upper, 8);
    }

    [Fact]
    public void Section02_crude_rates_are_exact_below_ten_events_and_byar_from_ten()
    {
        Assert.Equal(Rate.ExactPoisson(9, 1000, 1000), Rate.Crude(9, 1000, 1000));
        Assert.Equal(Rate.Byar(10, 1000, 1000), Rate.Crude(10, 1000, 1000));
        Assert.Equal(Rate.ExactPoisson(10, 1000, 1000), Rate.Crude(10, 1000, 1000, exactBelow: 389));
        Tolerances.AssertPrinted(0.0253178080, Rate.Crude(1, 1, 1).Lower, 10);
    }

    [Fact]
    public void Section02_a_numerator_above_the_denominator_is_allowed_for_rates() =>
        Assert.Equal(1500.0, Rate.Crude(15, 10, 1000).Value, 10);

    [Fact]
    public void Section02_the_denominator_must_be_positive_and_missing_inputs_propagate()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Crude(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Crude(-3, 10));
        Assert.True(Rate.Crude(double.NaN, 100).IsMissing);
        Assert.True(Rate.Crude(4, double.NaN).IsMissing);
    }

    [Theory]
    [InlineData(0, 5000)]
    [InlineData(7, 5000)]
    [InlineData(120, 5000)]
    public void Rates_lie_inside_their_limits(double count, double n)
    {
        var rate = Rate.Crude(count, n);
        Assert.True(rate.Interval.Contains(rate.Value));
    }
}
