using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

public sealed class MeanTests
{
    private static readonly double[] Example = [2, 4, 4, 4, 5, 5, 7, 9];

    [Fact]
    public void Section03_example_eight_values()
    {
        var estimate = Mean.WithT(Example);

        Assert.Equal(5.0, estimate.Value, 14);
        Tolerances.AssertPrinted(3.2125121, estimate.Lower, 7);
        Tolerances.AssertPrinted(6.7874879, estimate.Upper, 7);
    }

    [Fact]
    public void Section03_example_from_its_summary_statistics()
    {
        var estimate = Mean.WithT(5, 2.1380899, 8);

        Tolerances.AssertPrinted(3.2125121, estimate.Lower, 6);
        Tolerances.AssertPrinted(6.7874879, estimate.Upper, 6);
        Assert.Equal(Mean.WithT(Example).Lower, Mean.WithT(5, Math.Sqrt(32.0 / 7), 8).Lower, 13);
    }

    [Fact]
    public void Mean_intervals_are_symmetric_and_widen_with_confidence()
    {
        var at95 = Mean.WithT(Example);
        var at998 = Mean.WithT(Example, 99.8);

        Assert.Equal(at95.Value - at95.Lower, at95.Upper - at95.Value, 13);
        Assert.True(at998.Lower < at95.Lower && at998.Upper > at95.Upper);
    }

    [Fact]
    public void A_single_value_has_no_interval_and_a_missing_value_makes_everything_missing()
    {
        var single = Mean.WithT([3.5]);

        Assert.Equal(3.5, single.Value);
        Assert.True(single.Interval.IsMissing);
        Assert.True(Mean.WithT([1, double.NaN, 3]).IsMissing);
        Assert.True(Mean.WithT(Array.Empty<double>()).IsMissing);
        Assert.Throws<ArgumentOutOfRangeException>(() => Mean.WithT(1, 1, 0));
    }
}
