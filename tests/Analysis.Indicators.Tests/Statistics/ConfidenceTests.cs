using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

public sealed class ConfidenceTests
{
    [Fact]
    public void Section00_z_values_are_exact_normal_quantiles()
    {
        Tolerances.AssertPrinted(1.959963985, Confidence.Z(0.95), 9);
        Tolerances.AssertPrinted(3.090232306, Confidence.Z(0.998), 9);
    }

    [Fact]
    public void Section00_levels_may_be_fractions_or_percentages()
    {
        Assert.Equal(Confidence.Z(0.95), Confidence.Z(95));
        Assert.Equal(0.998, Confidence.Normalise(99.8), 15);
        Assert.Equal(double.PositiveInfinity, Confidence.Z(1.0));
    }

    [Theory]
    [InlineData(0.8)]
    [InlineData(1.5)]
    [InlineData(89)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void Section00_levels_outside_90_to_100_percent_are_refused(double level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Confidence.Z(level));
}
