using Analysis.Statistics;

namespace Analysis.Indicators.Tests.Statistics;

public sealed class PoissonCountTests
{
    [Fact]
    public void Section02_example_one_event_exact_and_byar()
    {
        var exact = PoissonCount.Exact(1);
        var byar = PoissonCount.Byar(1);

        Tolerances.AssertPrinted(0.0253178080, exact.Lower, 10);
        Tolerances.AssertPrinted(5.5716433909, exact.Upper, 10);
        Tolerances.AssertPrinted(0.0130721, byar.Lower, 7);
        Tolerances.AssertPrinted(5.5637556, byar.Upper, 7);
        Assert.Equal(exact, PoissonCount.Limits(1));
        Assert.Equal(CountMethod.Exact, PoissonCount.MethodFor(1));
    }

    [Fact]
    public void Section02_example_65_events_use_byar()
    {
        var limits = PoissonCount.Limits(65);

        Assert.Equal(CountMethod.Byar, PoissonCount.MethodFor(65));
        Tolerances.AssertPrinted(50.1631877105, limits.Lower, 10);
        Tolerances.AssertPrinted(82.8491385459, limits.Upper, 10);
    }

    [Fact]
    public void Section02_the_switch_to_byar_is_at_ten_events_by_default_and_is_a_parameter()
    {
        Assert.Equal(CountMethod.Exact, PoissonCount.MethodFor(9.999));
        Assert.Equal(CountMethod.Byar, PoissonCount.MethodFor(10));
        Assert.Equal(CountMethod.Exact, PoissonCount.MethodFor(388, exactBelow: 389));
        Assert.Equal(PoissonCount.Exact(100), PoissonCount.Limits(100, exactBelow: 389));
    }

    [Fact]
    public void Section15_example_one_event_at_99_8_percent()
    {
        var exact = PoissonCount.Exact(1, 0.998);
        var byar = PoissonCount.Byar(1, 0.998);

        Tolerances.AssertPrinted(0.0010005, exact.Lower, 7);
        Tolerances.AssertPrinted(9.2334, exact.Upper, 4);
        Assert.True(double.IsNaN(byar.Lower), "Byar's lower limit is negative and so reported missing");
        Tolerances.AssertPrinted(9.3622, byar.Upper, 4);
    }

    [Fact]
    public void Zero_events_have_an_exact_lower_limit_of_zero()
    {
        var limits = PoissonCount.Exact(0);

        Assert.Equal(0.0, limits.Lower);
        Assert.Equal(-Math.Log(0.025), limits.Upper, 12);
    }

    [Fact]
    public void Byar_is_within_a_fifth_of_a_percent_of_exact_from_ten_events_at_95_percent()
    {
        for (var x = 10; x <= 400; x += 13)
        {
            var exact = PoissonCount.Exact(x);
            var byar = PoissonCount.Byar(x);
            Assert.True(Math.Abs(byar.Lower - exact.Lower) / exact.Lower < 0.002);
            Assert.True(Math.Abs(byar.Upper - exact.Upper) / exact.Upper < 0.002);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(9.5)]
    [InlineData(10)]
    [InlineData(250)]
    public void Count_limits_contain_the_count_and_widen_with_confidence(double count)
    {
        var previous = PoissonCount.Limits(count, 0.90);
        foreach (var level in new[] { 0.95, 0.99, 0.998 })
        {
            var next = PoissonCount.Limits(count, level);
            Assert.True(next.Contains(count));
            Assert.True(next.Upper > previous.Upper);
            Assert.True(count == 0 ? next.Lower == 0 : next.Lower < previous.Lower);
            previous = next;
        }
    }

    [Fact]
    public void Negative_counts_are_refused_and_missing_counts_give_missing_limits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonCount.Exact(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonCount.Byar(-1));
        Assert.True(PoissonCount.Limits(double.NaN).IsMissing);
    }
}
