using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

public sealed class IndirectStandardisationTests
{
    private static readonly double[] ReferenceEvents = [200, 900, 3000];
    private static readonly double[] ReferencePopulations = [100000, 90000, 40000];

    [Fact]
    public void Section05_example_expected_565_and_600_observed_uses_byar()
    {
        var expected = Standardisation.Expected([20000, 15000, 5000], ReferenceEvents, ReferencePopulations);
        var ratio = Standardisation.IndirectRatio(600, expected);

        Assert.Equal(565.0, expected, 10);
        Tolerances.AssertPrinted(1.0619469, ratio.Value, 7);
        Tolerances.AssertPrinted(0.9786624, ratio.Lower, 7);
        Tolerances.AssertPrinted(1.1504242, ratio.Upper, 7);
    }

    [Fact]
    public void Section05_example_expected_5_65_and_7_observed_uses_exact_limits()
    {
        var expected = Standardisation.Expected([200, 150, 50], ReferenceEvents, ReferencePopulations);
        var ratio = Standardisation.IndirectRatio(7, expected);

        Assert.Equal(5.65, expected, 12);
        Tolerances.AssertPrinted(1.2389381, ratio.Value, 7);
        Tolerances.AssertPrinted(0.4981174, ratio.Lower, 7);
        Tolerances.AssertPrinted(2.5526859, ratio.Upper, 7);
    }

    [Fact]
    public void Section05_ratios_scale_by_the_reference_value_and_rates_by_the_reference_rate()
    {
        var ratio = Standardisation.IndirectRatio(600, 565);
        var percent = Standardisation.IndirectRatio(600, 565, referenceValue: 100);
        var referenceRate = Standardisation.ReferenceRate(ReferenceEvents, ReferencePopulations);
        var rate = Standardisation.IndirectRate(600, 565, referenceRate);

        Assert.Equal(4100.0 / 230000 * 100_000, referenceRate, 9);
        Assert.Equal(ratio.Upper * 100, percent.Upper, 10);
        Assert.Equal(ratio.Lower * referenceRate, rate.Lower, 9);
        Assert.Equal(ratio.Value * referenceRate, rate.Value, 9);
    }

    [Fact]
    public void Section05_missing_reference_events_and_local_populations_count_as_zero() =>
        Assert.Equal(
            375.0,
            Standardisation.Expected([double.NaN, 15000, 5000], [200, double.NaN, 3000], ReferencePopulations),
            10);

    [Fact]
    public void Section05_zero_expected_and_negative_observed_are_refused_and_missing_propagates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Standardisation.IndirectRatio(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Standardisation.IndirectRatio(-3, 4));
        Assert.True(Standardisation.IndirectRatio(double.NaN, 4).IsMissing);
        Assert.True(Standardisation.IndirectRatio(4, double.NaN).IsMissing);
    }

    [Theory]
    [InlineData(0, 2.5)]
    [InlineData(9, 12)]
    [InlineData(10, 12)]
    [InlineData(640, 600)]
    public void Indirect_ratio_intervals_contain_the_ratio(double observed, double expected)
    {
        var ratio = Standardisation.IndirectRatio(observed, expected);
        Assert.True(ratio.Interval.Contains(ratio.Value));
    }
}
