using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

public sealed class ProportionTests
{
    [Fact]
    public void Section01_example_65_of_100_at_95_percent()
    {
        var estimate = Proportion.Wilson(65, 100);

        Assert.Equal(0.65, estimate.Value, 15);
        Tolerances.AssertPrinted(0.5525444330, estimate.Lower, 10);
        Tolerances.AssertPrinted(0.7363575176, estimate.Upper, 10);
    }

    [Fact]
    public void Section01_example_0_of_50_has_a_lower_limit_of_exactly_zero()
    {
        var estimate = Proportion.Wilson(0, 50);

        Assert.Equal(0.0, estimate.Lower);
        Tolerances.AssertPrinted(0.0713475991, estimate.Upper, 10);
    }

    [Fact]
    public void Section01_all_successes_give_an_upper_limit_of_exactly_one_and_a_multiplier_scales_everything()
    {
        var fraction = Proportion.Wilson(50, 50);
        var percent = Proportion.Wilson(50, 50, 95, multiplier: 100);

        Assert.Equal(1.0, fraction.Upper);
        Assert.Equal(100.0, percent.Upper);
        Assert.Equal(fraction.Lower * 100, percent.Lower, 12);
    }

    [Fact]
    public void Section01_a_100_percent_level_gives_zero_to_one() =>
        Assert.Equal(new Estimate(0.3, 0, 1), Proportion.Wilson(3, 10, 1.0));

    [Fact]
    public void Section01_non_integer_numerators_are_allowed()
    {
        var estimate = Proportion.Wilson(0.445, 1);

        Assert.True(estimate.Interval.Contains(0.445));
        Assert.True(estimate.Lower > 0);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(0, 0)]
    [InlineData(1, -5)]
    public void Section01_impossible_proportions_are_refused(double x, double n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(x, n));

    [Theory]
    [InlineData(double.NaN, 10)]
    [InlineData(3, double.NaN)]
    public void Section00_a_missing_numerator_or_denominator_gives_a_missing_estimate(double x, double n) =>
        Assert.True(Proportion.Wilson(x, n).IsMissing && Proportion.Wilson(x, n).Interval.IsMissing);

    [Theory]
    [InlineData(1, 7)]
    [InlineData(13, 400)]
    [InlineData(399, 400)]
    [InlineData(2.5, 3)]
    public void Wilson_intervals_contain_the_proportion_and_widen_with_confidence(double x, double n)
    {
        var previous = Proportion.Wilson(x, n, 0.90);
        Assert.True(previous.Interval.Contains(previous.Value));
        foreach (var level in new[] { 0.95, 0.99, 0.998, 0.9999 })
        {
            var next = Proportion.Wilson(x, n, level);
            Assert.True(next.Interval.Contains(next.Value));
            Assert.True(next.Lower <= previous.Lower && next.Upper >= previous.Upper);
            previous = next;
        }
    }

    [Theory]
    [InlineData(3, 20)]
    [InlineData(0, 9)]
    public void Wilson_intervals_mirror_when_successes_and_failures_swap(double x, double n)
    {
        var successes = Proportion.Wilson(x, n);
        var failures = Proportion.Wilson(n - x, n);

        Assert.Equal(successes.Lower, 1 - failures.Upper, 13);
        Assert.Equal(successes.Upper, 1 - failures.Lower, 13);
    }
}
